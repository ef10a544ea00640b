// bpf_loop() calls its callback at most as often as its iteration count
// says: the kernel re-enters the callback with the state the previous
// iteration left until a state repeats or the count is used up. A counter
// the callback bumps in the caller's stack stays exact when it later
// bounds an access, so one iteration stays in bounds and two do not.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counter {
  __u64 n;
};

volatile char verdicts[2];

static int bump(__u32 index, struct counter *c) {
  c->n++;
  return 0;
}

SEC("tc") int loop_once_in_bounds(struct __sk_buff *skb) {
  struct counter c = {0};
  bpf_loop(1, bump, &c, 0);
  return verdicts[c.n];
}

SEC("tc") int loop_twice_out_of_bounds(struct __sk_buff *skb) {
  struct counter c = {0};
  bpf_loop(2, bump, &c, 0);
  return verdicts[c.n];
}
// CHECK: warning: BPF verifier would reject program 'loop_twice_out_of_bounds': invalid access to map value, value_size=2 off=2 size=1

SEC("tc") int loop_never(struct __sk_buff *skb) {
  struct counter c = {1};
  bpf_loop(0, bump, &c, 0);
  return verdicts[c.n];
}

// KERNEL-DAG: loop_once_in_bounds: ours=accept kernel=accept
// KERNEL-DAG: loop_twice_out_of_bounds: ours=reject kernel=reject message=match
// KERNEL-DAG: loop_never: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
