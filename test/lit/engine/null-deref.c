// A map lookup's result dereferenced without a NULL check: the kernel's
// "R0 invalid mem access 'map_value_or_null'", at the dereference, with a
// note at the lookup.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, int);
  __type(value, long);
} counts SEC(".maps");

SEC("xdp") int count_packets(struct xdp_md *ctx) {
  int key = 0;
  long *value = bpf_map_lookup_elem(&counts, &key);
  *value += 1;
  // CHECK: null-deref.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'count_packets': R0 invalid mem access 'map_value_or_null'
  // CHECK: null-deref.c:[[@LINE-3]]:17: note: R0 may be NULL: it comes from here
  // CHECK: note: add a NULL check before this access
  return XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: count_packets: reject

// KERNEL: count_packets: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
