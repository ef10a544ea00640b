// A global function is verified once, on its own, so at its call sites the
// kernel only knows what the code says: a function that calls a helper
// which may move packet data, or a tail call, or that calls such a
// function, invalidates every packet pointer of its caller.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u32);
} jump_table SEC(".maps");

__attribute__((noinline)) int linearize(struct __sk_buff *skb) {
  return bpf_skb_pull_data(skb, 64) & 1;
}

__attribute__((noinline)) int count_bytes(struct __sk_buff *skb) {
  return skb->len & 1;
}

static __attribute__((noinline)) int linearize_static(struct __sk_buff *skb) {
  return linearize(skb);
}

__attribute__((noinline)) int linearize_indirect(struct __sk_buff *skb) {
  return linearize_static(skb) & 1;
}

__attribute__((noinline)) int chain(struct __sk_buff *skb) {
  bpf_tail_call(skb, &jump_table, 0);
  return 0;
}

SEC("tc") int pulls_in_global(struct __sk_buff *skb) {
  __u8 *data = (void *)(long)skb->data;
  __u8 *end = (void *)(long)skb->data_end;
  if (data + 1 > end)
    return 0;
  int r = linearize(skb);
  return *data + r;
}
// CHECK-DAG: warning: BPF verifier would reject program 'pulls_in_global': R{{[0-9]}} invalid mem access 'scalar'

SEC("tc") int reads_in_global(struct __sk_buff *skb) {
  __u8 *data = (void *)(long)skb->data;
  __u8 *end = (void *)(long)skb->data_end;
  if (data + 1 > end)
    return 0;
  int r = count_bytes(skb);
  return *data + r;
}

SEC("tc") int pulls_two_calls_down(struct __sk_buff *skb) {
  __u8 *data = (void *)(long)skb->data;
  __u8 *end = (void *)(long)skb->data_end;
  if (data + 1 > end)
    return 0;
  int r = linearize_indirect(skb);
  return *data + r;
}
// CHECK-DAG: warning: BPF verifier would reject program 'pulls_two_calls_down': R{{[0-9]}} invalid mem access 'scalar'

SEC("tc") int tail_calls_in_global(struct __sk_buff *skb) {
  __u8 *data = (void *)(long)skb->data;
  __u8 *end = (void *)(long)skb->data_end;
  if (data + 1 > end)
    return 0;
  int r = chain(skb);
  return *data + r;
}
// CHECK-DAG: warning: BPF verifier would reject program 'tail_calls_in_global': R{{[0-9]}} invalid mem access 'scalar'

// KERNEL-DAG: pulls_in_global: ours=reject kernel=reject message=match
// KERNEL-DAG: reads_in_global: ours=accept kernel=accept
// KERNEL-DAG: pulls_two_calls_down: ours=reject kernel=reject message=match
// KERNEL-DAG: tail_calls_in_global: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
