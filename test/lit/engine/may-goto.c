// may_goto, what libbpf's can_loop and cond_break expand to: the verifier
// explores the loop's exit at every may_goto and the next iteration one
// level deeper, and a state covered by another iteration's ends the loop,
// so loops without a bound converge when what changes cannot matter (an
// accumulator only returned), and each iteration is still checked (an
// index past the array is rejected).
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define can_loop                                                               \
  ({                                                                           \
    __label__ l_break, l_continue;                                             \
    int ret = 1;                                                               \
    asm volatile goto("may_goto %l[l_break]" :::: l_break);                    \
    goto l_continue;                                                           \
  l_break:                                                                     \
    ret = 0;                                                                   \
  l_continue:;                                                                 \
    ret;                                                                       \
  })

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long[16]);
} table SEC(".maps");

SEC("xdp") int mg_sum_unmasked(struct xdp_md *ctx) {
  int key = 0;
  long *v = bpf_map_lookup_elem(&table, &key);
  if (!v)
    return XDP_PASS;
  unsigned int n = ctx->data_end - ctx->data;
  long sum = 0;
  for (unsigned int i = 0; i < n && can_loop; i++)
    sum += v[i];
  // CHECK: :[[@LINE-1]]:{{[0-9]+}}: warning: BPF verifier would reject program 'mg_sum_unmasked': invalid access to map value, value_size=128 off=128 size=8
  return sum & 1;
}

SEC("xdp") int mg_forever(struct xdp_md *ctx) {
  long sum = 0;
  while (can_loop)
    sum += 3;
  return sum & 1;
}

SEC("xdp") int mg_counted(struct xdp_md *ctx) {
  int key = 0;
  long *v = bpf_map_lookup_elem(&table, &key);
  if (!v)
    return XDP_PASS;
  for (int i = 0; i < 16 && can_loop; i++)
    v[i] = i;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// VERDICT:      3 programs
// VERDICT-NEXT: mg_counted: accept
// VERDICT-NEXT: mg_forever: accept
// VERDICT-NEXT: mg_sum_unmasked: reject

// KERNEL-DAG: mg_counted: ours=accept kernel=accept
// KERNEL-DAG: mg_forever: ours=accept kernel=accept
// KERNEL-DAG: mg_sum_unmasked: ours=reject kernel=reject message=match
