// -verifiable-severity chooses how a predicted rejection is reported.
// RUN: not %clang_bpf -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARNING
// RUN: %clang_bpf -mllvm -verifiable-severity=remark -c %s -o %t.o 2>&1 | count 0
// RUN: %clang_bpf -mllvm -verifiable-severity=remark -Rpass-analysis=verifiable -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// ERROR: severity.c:[[@LINE+14]]:10: error: BPF verifier would reject program 'prog'
// WARNING: severity.c:[[@LINE+13]]:10: warning: BPF verifier would reject program 'prog'
// REMARK: severity.c:[[@LINE+12]]:10: remark: BPF verifier would reject program 'prog'
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
