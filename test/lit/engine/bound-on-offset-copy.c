// `i >= 4 && i < 20` compiles to one unsigned test of a shifted copy
// (w2 = w1; w2 += -4; if w2 > 15) while the access uses i itself. The kernel
// links a copy and its constant delta, so the bound carries over; a range
// one element too wide is still caught.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct window {
  __u64 slot[20];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct window);
} windows SEC(".maps");

SEC("tc") int shifted_range(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct window *w = bpf_map_lookup_elem(&windows, &zero);
  if (!w)
    return 0;
  __u32 i = skb->mark;
  if (i >= 4 && i < 20)
    w->slot[i]++;
  return 0;
}

SEC("tc") int shifted_range_too_wide(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct window *w = bpf_map_lookup_elem(&windows, &zero);
  if (!w)
    return 0;
  __u32 i = skb->mark;
  if (i >= 4 && i <= 20)
    w->slot[i]++;
  // CHECK: bound-on-offset-copy.c:[[@LINE-1]]:15: warning: BPF verifier would reject program 'shifted_range_too_wide': invalid access to map value, value_size=160 off=160 size=8
  return 0;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: shifted_range: accept
// VERDICT-NEXT: shifted_range_too_wide: reject

// KERNEL-DAG: shifted_range: ours=accept kernel=accept
// KERNEL-DAG: shifted_range_too_wide: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
