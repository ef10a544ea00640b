// -verifiable-kconfig=FILE names the target kernel's .config (plain or
// gzip-compressed): the values libbpf would read there decide the verdict.
// A strong extern the file lacks makes libbpf fail the whole load; a file
// that cannot be read leaves every CONFIG_ value unknown, with a note.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-kconfig=%S/Inputs/small.config -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: FileCheck %s --check-prefix=JSON < %t.json
//
// The same file compressed, as /proc/config.gz is:
// RUN: gzip -c %S/Inputs/small.config > %t.config.gz
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.gz.o -mllvm -verifiable-severity=warning -mllvm -verifiable-kconfig=%t.config.gz -mllvm -verifiable-report=%t.gz.json
// RUN: %verdicts %t.gz.json | FileCheck %s --check-prefix=VERDICT
//
// A strong extern missing from the file: libbpf refuses every program.
// RUN: %clang_bpf -DSTRONG_MISSING -mllvm -verifiable-transforms=false -c %s -o %t.s.o -mllvm -verifiable-severity=warning -mllvm -verifiable-kconfig=%S/Inputs/small.config 2>&1 | FileCheck %s --check-prefix=STRONG
//
// A truncated compressed file: a note says why the values are unknown.
// RUN: head -c 20 %t.config.gz > %t.cut.gz
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.c.o -mllvm -verifiable-severity=warning -mllvm -verifiable-kconfig=%t.cut.gz -mllvm -verifiable-report=%t.cut.json 2>&1 | FileCheck %s --check-prefix=CUT
// RUN: FileCheck %s --check-prefix=CUTJSON < %t.cut.json
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern enum libbpf_tristate CONFIG_NF_CONNTRACK __kconfig;
extern unsigned int CONFIG_NR_SLOTS __kconfig;
extern unsigned int LINUX_KERNEL_VERSION __kconfig;
#ifdef STRONG_MISSING
extern _Bool CONFIG_DEBUG_INFO_BTF __kconfig;
#else
extern _Bool CONFIG_DEBUG_INFO_BTF __kconfig __weak;
#endif

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long[4]);
} table SEC(".maps");

static long *slots(void) {
  int key = 0;
  return bpf_map_lookup_elem(&table, &key);
}

// m is 2: index 3 of 4.
SEC("xdp") int kf_tristate(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  v[CONFIG_NF_CONNTRACK + 1] = 1;
  return XDP_PASS;
}

// 3 + 1 is index 4 of 4.
SEC("xdp") int kf_number(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  v[CONFIG_NR_SLOTS + 1] = 1;
  return XDP_PASS;
}
// CHECK: :[[@LINE-3]]:{{[0-9]+}}: warning: BPF verifier would reject program 'kf_number': invalid access to map value, value_size=32 off=32 size=8

// The release comes from the file's header (6.1.42), which names the
// target; "is not set" is no value: weak, so 0.
SEC("xdp") int kf_release(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  if (LINUX_KERNEL_VERSION != ((6 << 16) + (1 << 8) + 42) ||
      CONFIG_DEBUG_INFO_BTF)
    v[LINUX_KERNEL_VERSION] = 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// VERDICT:      3 programs
// VERDICT-NEXT: kf_number: reject
// VERDICT-NEXT: kf_release: accept
// VERDICT-NEXT: kf_tristate: accept

// JSON:      "kconfig": {
// JSON-NEXT:   "path": "{{.*}}small.config",
// JSON-NEXT:   "status": "loaded"

// STRONG-DAG: warning: libbpf would fail to load program 'kf_tristate': extern 'CONFIG_DEBUG_INFO_BTF' (strong): not resolved
// STRONG-DAG: warning: libbpf would fail to load program 'kf_number': extern 'CONFIG_DEBUG_INFO_BTF' (strong): not resolved
// STRONG-DAG: warning: libbpf would fail to load program 'kf_release': extern 'CONFIG_DEBUG_INFO_BTF' (strong): not resolved

// CUT: warning: BPF verifier would reject program 'kf_tristate'
// CUT: note: the verdict assumed any value of 'CONFIG_NF_CONNTRACK', which libbpf sets at load time: the target kernel's configuration is not known (cannot read kernel configuration '{{.*}}cut.gz': corrupt or truncated compressed data); -verifiable-kconfig=FILE gives it
// CUTJSON: "status": "unreadable"
