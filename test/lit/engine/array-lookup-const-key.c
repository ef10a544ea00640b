// An array map looked up with a constant, in-range key and used without a
// NULL check. Recent kernels (6.14+) know such a lookup cannot fail and
// return a map_value, not map_value_or_null: the host kernel (6.18) accepts
// the zero key. Measured on the host: key 3, stored from a register, is not
// recognised as constant and is still rejected like a hash lookup.
// The 6.12 profile does not have the rule; see the unit tests of the
// KernelProfile for the switch.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} counters SEC(".maps");

// CHECK: array-lookup-const-key.c:[[@LINE+1]]:1: remark: program 'array_key_zero' passes
SEC("xdp") int array_key_zero(struct xdp_md *ctx) {
  int key = 0;
  long *value = bpf_map_lookup_elem(&counters, &key);
  *value += 1;
  return XDP_PASS;
}

SEC("xdp") int array_key_three(struct xdp_md *ctx) {
  int key = 3;
  long *value = bpf_map_lookup_elem(&counters, &key);
  *value += 1;
  // CHECK: array-lookup-const-key.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'array_key_three': R0 invalid mem access 'map_value_or_null'
  return XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: array_key_three: reject
// VERDICT-NEXT: array_key_zero: accept

// KERNEL: array_key_zero: ours=accept kernel=accept message=n/a
// KERNEL: array_key_three: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
