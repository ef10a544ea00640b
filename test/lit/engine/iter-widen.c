// At an iterator's `next`, the next iteration forgets the scalars that
// changed since the previous iteration and that nothing verified so far
// depended on (the kernel's widen_imprecise_scalars()): a counter the loop
// never tests stops distinguishing iterations, and a loop over a million
// numbers converges in a few of them. A counter used as an index stays
// precise and is not widened, so its bounds still reject the access past
// the table. Without precision tracking (-verifiable-precision=false) the
// first loop runs into the instruction budget.
// REQUIRES: vmlinux-btf
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-insn-budget=20000 -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %clang_bpf -c %s -o %t.off.o -mllvm -verifiable-precision=false -mllvm -verifiable-severity=warning -mllvm -verifiable-insn-budget=20000 -mllvm -verifiable-report=%t.off.json 2>&1
// RUN: %verdicts %t.off.json | FileCheck %s --check-prefix=OFF
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "../Inputs/bpf_iter_num.h"

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long[16]);
} table SEC(".maps");

SEC("xdp") int untested_counter(struct xdp_md *ctx) {
  int i, hits = 0;
  bpf_for(i, 0, 1000000) {
    if (bpf_get_prandom_u32() & 1)
      hits++;
  }
  return hits > 10 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int counter_as_index(struct xdp_md *ctx) {
  int key = 0, i, slot = 0;
  long *t = bpf_map_lookup_elem(&table, &key);
  if (!t)
    return XDP_PASS;
  bpf_for(i, 0, 20) {
    t[slot] = i;
    slot++;
  }
  // CHECK: iter-widen.c:[[@LINE-3]]:13: warning: BPF verifier would reject program 'counter_as_index': invalid access to map value, value_size=128 off=128 size=8
  return XDP_PASS;
}

// VERDICT:      2 programs
// VERDICT-NEXT: counter_as_index: reject
// VERDICT-NEXT: untested_counter: accept

// OFF:      2 programs
// OFF-NEXT: counter_as_index: reject
// OFF-NEXT: untested_counter: unknown

// KERNEL-DAG: counter_as_index: ours=reject kernel=reject message=match
// KERNEL-DAG: untested_counter: ours=accept kernel=accept

char LICENSE[] SEC("license") = "GPL";
