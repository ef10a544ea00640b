// struct_ops programs: the context is the prototype of the member of the
// `.struct_ops` variable's struct each program is stored in, looked up in
// the target BTF (tcp_congestion_ops types its `struct sock *` argument as
// a trusted tcp_sock; bpf_dummy_ops.test_1's argument may be NULL, as its
// stub's `__nullable` parameter says). A void member's program need not
// set R0; tcp_congestion_ops programs get the base helpers and a few TCP
// ones and may write a few tcp_sock fields; bpf_dummy_ops programs get no
// helper. A member without a stub is refused before any instruction is
// verified. Every verdict is checked against the running kernel.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

SEC("struct_ops/ssthresh") __u32 BPF_PROG(ca_ssthresh, struct sock *sk) {
  return ((struct tcp_sock *)sk)->snd_cwnd >> 1;
}
SEC("struct_ops/undo") __u32 ca_second_arg(unsigned long long *ctx) {
  return ctx[1];
}
SEC("struct_ops/cong_avoid")
void BPF_PROG(ca_cwnd_write, struct sock *sk, __u32 ack, __u32 acked) {
  ((struct tcp_sock *)sk)->snd_cwnd += acked;
}
SEC("struct_ops/init") void BPF_PROG(ca_srtt_write, struct sock *sk) {
  ((struct tcp_sock *)sk)->srtt_us = 0;
}
SEC("struct_ops/release") void BPF_PROG(ca_no_return, struct sock *sk) {}
SEC("struct_ops/set_state")
void BPF_PROG(ca_perf_output, struct sock *sk, __u8 state) {
  bpf_perf_event_output(sk, (void *)0, 0, &state, 1);
}
SEC("struct_ops/in_ack")
void BPF_PROG(ca_send_ack, struct sock *sk, __u32 flags) {
  bpf_tcp_send_ack(sk, ((struct tcp_sock *)sk)->rcv_nxt);
}
SEC("struct_ops/get_info")
__u64 BPF_PROG(ca_get_info, struct sock *sk, __u32 ext, int *attr) {
  return 0;
}

SEC(".struct_ops")
struct tcp_congestion_ops ca = {
    .ssthresh = (void *)ca_ssthresh,
    .undo_cwnd = (void *)ca_second_arg,
    .cong_avoid = (void *)ca_cwnd_write,
    .init = (void *)ca_srtt_write,
    .release = (void *)ca_no_return,
    .set_state = (void *)ca_perf_output,
    .in_ack_event = (void *)ca_send_ack,
    .get_info = (void *)ca_get_info,
    .name = "lit_ca",
};

SEC("struct_ops/test_1")
int BPF_PROG(dummy_unchecked, struct bpf_dummy_ops_state *state) {
  return state->val;
}
SEC("struct_ops/test_2")
int BPF_PROG(dummy_helper, struct bpf_dummy_ops_state *state, int a1) {
  return bpf_get_prandom_u32() + a1;
}

SEC(".struct_ops")
struct bpf_dummy_ops dummy = {
    .test_1 = (void *)dummy_unchecked,
    .test_2 = (void *)dummy_helper,
};

// CHECK-DAG: error: BPF verifier would reject program 'ca_second_arg': func 'undo_cwnd' doesn't have 2-th argument
// CHECK-DAG: error: BPF verifier would reject program 'ca_srtt_write': no write support to tcp_sock at off {{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'ca_perf_output': program of this type cannot use helper bpf_perf_event_output#25
// CHECK-DAG: error: BPF verifier would reject program 'ca_get_info': attach to unsupported member get_info of struct tcp_congestion_ops
// CHECK-DAG: error: BPF verifier would reject program 'dummy_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'dummy_helper': program of this type cannot use helper bpf_get_prandom_u32#7

// VERDICT:      10 programs
// VERDICT-NEXT: ca_cwnd_write: accept
// VERDICT-NEXT: ca_get_info: reject
// VERDICT-NEXT: ca_no_return: accept
// VERDICT-NEXT: ca_perf_output: reject
// VERDICT-NEXT: ca_second_arg: reject
// VERDICT-NEXT: ca_send_ack: accept
// VERDICT-NEXT: ca_srtt_write: reject
// VERDICT-NEXT: ca_ssthresh: accept
// VERDICT-NEXT: dummy_helper: reject
// VERDICT-NEXT: dummy_unchecked: reject

// KERNEL-DAG: ca_ssthresh: ours=accept kernel=accept message=n/a
// KERNEL-DAG: ca_second_arg: ours=reject kernel=reject message=match
// KERNEL-DAG: ca_cwnd_write: ours=accept kernel=accept message=n/a
// KERNEL-DAG: ca_srtt_write: ours=reject kernel=reject message=match
// KERNEL-DAG: ca_no_return: ours=accept kernel=accept message=n/a
// KERNEL-DAG: ca_perf_output: ours=reject kernel=reject message=match
// KERNEL-DAG: ca_send_ack: ours=accept kernel=accept message=n/a
// KERNEL-DAG: ca_get_info: ours=reject kernel=reject message=match
// KERNEL-DAG: dummy_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: dummy_helper: ours=reject kernel=reject message=match
