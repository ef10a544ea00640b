// __kconfig externs take the values libbpf reads from the running kernel
// (its release, /proc/config.gz): the kernel then reads them from the frozen
// .kconfig map as constants, so a branch on them is decided, and so is an
// index that depends on them. A missing weak CONFIG_ extern is 0.
// REQUIRES: kernel-config
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
//
// Without a configuration the CONFIG_ values are unknown: any value of the
// type, and a note says the verdict assumed it.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.none.o -mllvm -verifiable-severity=warning -mllvm -verifiable-kconfig=none 2>&1 | FileCheck %s --check-prefix=NONE
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig;
extern int CONFIG_VERIFIABLE_NOT_AN_OPTION __kconfig __weak;

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

SEC("xdp") int kc_version_guard(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  // Every kernel that runs this is newer than 5.0: the store never runs.
  if (LINUX_KERNEL_VERSION < (5 << 16))
    v[LINUX_KERNEL_VERSION] = 1;
  return XDP_PASS;
}

SEC("xdp") int kc_weak_index(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  v[CONFIG_VERIFIABLE_NOT_AN_OPTION + 3] = 1; // index 3 of 4
  return XDP_PASS;
}

SEC("xdp") int kc_bool_index(struct xdp_md *ctx) {
  long *v = slots();
  if (!v)
    return XDP_PASS;
  v[CONFIG_BPF_SYSCALL + 3] = 1; // index 4 of 4
  // CHECK: :[[@LINE-1]]:29: warning: BPF verifier would reject program 'kc_bool_index': invalid access to map value, value_size=32 off=32 size=8
  // CHECK-NOT: note: the verdict assumed
  return XDP_PASS;
}

// NONE: warning: BPF verifier would reject program 'kc_weak_index': math between map_value pointer and register with unbounded min value is not allowed
// NONE: note: the verdict assumed any value of 'CONFIG_VERIFIABLE_NOT_AN_OPTION', which libbpf sets at load time: the target kernel's configuration is not known (no kernel configuration was given); -verifiable-kconfig=FILE gives it
// NONE: warning: BPF verifier would reject program 'kc_bool_index'
// NONE: note: the verdict assumed any value of 'CONFIG_BPF_SYSCALL'

// VERDICT:      3 programs
// VERDICT-NEXT: kc_bool_index: reject
// VERDICT-NEXT: kc_version_guard: accept
// VERDICT-NEXT: kc_weak_index: accept

// KERNEL-DAG: kc_version_guard: ours=accept kernel=accept
// KERNEL-DAG: kc_weak_index: ours=accept kernel=accept
// KERNEL-DAG: kc_bool_index: ours=reject kernel=reject message=match

char LICENSE[] SEC("license") = "GPL";
