// __attribute__((annotate("verifiable:skip"))) on a program skips it, with a
// remark; the verdict in the report is unknown.
// RUN: %clang_bpf -c %s -o %t.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// CHECK: remark: cannot predict the verifier's verdict on program 'prog': skipped: annotate("verifiable:skip")
// JSON: "verdict": "unknown"
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, int);
} m SEC(".maps");
SEC("xdp") __attribute__((annotate("verifiable:skip"))) int prog(struct xdp_md *ctx) {
  int k = 1;
  int *v = bpf_map_lookup_elem(&m, &k);
  return *v;
}
char LICENSE[] SEC("license") = "GPL";
