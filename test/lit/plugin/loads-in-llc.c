// llc-22 -load= registers the machine pass through the target pass-config
// callback; it lowers every function and reports the rejection.
// RUN: %clang_bpf_plain -S -emit-llvm -c %s -o %t.ll
// RUN: not %llc -mtriple=bpfel -pass-remarks-analysis=verifiable %t.ll -o /dev/null 2>&1 | FileCheck %s
// CHECK: remark: {{.*}}lowered 'prog' to {{[0-9]+}} BPF instructions
// CHECK: error: {{.*}}BPF verifier would reject program 'prog': R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, int);
} m SEC(".maps");

SEC("xdp") int prog(struct xdp_md *ctx) {
  int k = 1;
  int *v = bpf_map_lookup_elem(&m, &k);
  return *v;
}

char LICENSE[] SEC("license") = "GPL";
