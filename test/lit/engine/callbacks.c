// bpf_loop() and bpf_for_each_map_elem() callbacks are verified as the
// kernel does: in their own frame with the arguments the helper passes,
// again and again until the state at the helper call repeats. A callback
// must return 0 or 1, and the map key it gets is read-only.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} flows SEC(".maps");

struct sum_ctx {
  __u64 total;
  __u32 seen;
};

static int add_one(__u32 index, struct sum_ctx *c) {
  c->total += index;
  c->seen++;
  return c->seen > 100;
}

SEC("tc") int loop_sums(struct __sk_buff *skb) {
  struct sum_ctx c = {};
  bpf_loop(skb->len & 1023, add_one, &c, 0);
  return c.total > 10;
}

static int bad_verdict(__u32 index, void *c) { return 2; }

SEC("tc") int loop_bad_return(struct __sk_buff *skb) {
  bpf_loop(4, bad_verdict, 0, 0);
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'loop_bad_return': At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]

static long count_flow(void *map, __u32 *key, __u64 *value, struct sum_ctx *c) {
  c->total += *value;
  return 0;
}

SEC("tc") int each_flow(struct __sk_buff *skb) {
  struct sum_ctx c = {};
  bpf_for_each_map_elem(&flows, count_flow, &c, 0);
  return c.total > 1000;
}

static long rewrite_key(void *map, __u32 *key, __u64 *value, void *c) {
  *key = 0;
  return 0;
}

SEC("tc") int each_flow_writes_key(struct __sk_buff *skb) {
  bpf_for_each_map_elem(&flows, rewrite_key, 0, 0);
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'each_flow_writes_key': write to change key R2 not allowed

// Every program's verdict, with or without the kernel:
// VERDICT:      4 programs
// VERDICT-NEXT: each_flow: accept
// VERDICT-NEXT: each_flow_writes_key: reject
// VERDICT-NEXT: loop_bad_return: reject
// VERDICT-NEXT: loop_sums: accept

// KERNEL-DAG: loop_sums: ours=accept kernel=accept
// KERNEL-DAG: loop_bad_return: ours=reject kernel=reject message=match
// KERNEL-DAG: each_flow: ours=accept kernel=accept
// KERNEL-DAG: each_flow_writes_key: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
