// cgroup_skb programs must return 0 or 1: "At program exit the register R0
// has smin=... smax=... should have been in [0, 1]". A comparison result and
// a value masked to [0, 1] are accepted. Egress programs may also return 2
// and 3 (congestion notification), so `& 3` passes there but `& 7` does not.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress") int ret_two(struct __sk_buff *skb) {
  return 2;
  // CHECK: return-range-cgroup-skb.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'ret_two': At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
  // CHECK: return-range-cgroup-skb.c:[[@LINE-2]]:3: note: R0 gets its value here
}

SEC("cgroup_skb/ingress") int ret_len(struct __sk_buff *skb) {
  return skb->len;
  // CHECK: return-range-cgroup-skb.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'ret_len': At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
  // CHECK: return-range-cgroup-skb.c:[[@LINE-2]]:15: note: R0 gets its value here
}

// CHECK: return-range-cgroup-skb.c:[[@LINE+1]]:1: remark: program 'ret_bool' passes
SEC("cgroup_skb/ingress") int ret_bool(struct __sk_buff *skb) {
  return skb->len > 100;
}

// CHECK: return-range-cgroup-skb.c:[[@LINE+1]]:1: remark: program 'ret_masked' passes
SEC("cgroup_skb/ingress") int ret_masked(struct __sk_buff *skb) {
  return skb->len & 1;
}

SEC("cgroup_skb/ingress") int ingress_three(struct __sk_buff *skb) {
  return skb->len & 3;
  // CHECK: return-range-cgroup-skb.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'ingress_three': At program exit the register R0 has smin=0 smax=3 should have been in [0, 1]
}

// CHECK: return-range-cgroup-skb.c:[[@LINE+1]]:1: remark: program 'egress_three' passes
SEC("cgroup_skb/egress") int egress_three(struct __sk_buff *skb) {
  return skb->len & 3;
}

SEC("cgroup_skb/egress") int egress_seven(struct __sk_buff *skb) {
  return skb->len & 7;
  // CHECK: return-range-cgroup-skb.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'egress_seven': At program exit the register R0 has smin=0 smax=7 should have been in [0, 3]
}

// Every program's verdict, with or without the kernel:
// VERDICT:      7 programs
// VERDICT-NEXT: egress_seven: reject
// VERDICT-NEXT: egress_three: accept
// VERDICT-NEXT: ingress_three: reject
// VERDICT-NEXT: ret_bool: accept
// VERDICT-NEXT: ret_len: reject
// VERDICT-NEXT: ret_masked: accept
// VERDICT-NEXT: ret_two: reject

// KERNEL: ret_two: ours=reject kernel=reject message=match
// KERNEL: ret_len: ours=reject kernel=reject message=match
// KERNEL: ret_bool: ours=accept kernel=accept message=n/a
// KERNEL: ret_masked: ours=accept kernel=accept message=n/a
// KERNEL: ingress_three: ours=reject kernel=reject message=match
// KERNEL: egress_three: ours=accept kernel=accept message=n/a
// KERNEL: egress_seven: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
