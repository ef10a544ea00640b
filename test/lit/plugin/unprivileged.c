// -verifiable-unprivileged predicts the verdict for a loader without
// CAP_BPF/CAP_PERFMON: storing a pointer into a map is allowed to a
// privileged loader only. (Checked against the 6.18 kernel: accepted as
// root, and with CAP_SYS_ADMIN and CAP_PERFMON dropped it logs
// "R0 leaks addr into map".)
// RUN: %clang_bpf -c %s -o %t.o 2>&1 | count 0
// RUN: not %clang_bpf -mllvm -verifiable-unprivileged -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %clang_bpf -mllvm -verifiable-unprivileged=false -c %s -o %t.o 2>&1 | count 0
// CHECK: unprivileged.c:[[@LINE+17]]:{{[0-9]+}}: error: BPF verifier would reject program 'leak': R0 leaks addr into map
// CHECK-NOT: error:
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long);
} slots SEC(".maps");

SEC("socket") int leak(struct __sk_buff *skb) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&slots, &k);
  if (!v)
    return 0;
  *v = (long)v;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
