// Sockets from bpf_sk_lookup_*() must be released; a socket that may be NULL
// cannot be released, one the program did not acquire cannot either, and a
// socket mirror is read-only.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int lookup_release(struct __sk_buff *skb) {
  struct bpf_sock_tuple t = {};
  struct bpf_sock *sk =
      bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk)
    return TC_ACT_OK;
  int state = sk->state;
  bpf_sk_release(sk);
  return state == 1 ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("tc") int leak_on_early_return(struct __sk_buff *skb) {
  struct bpf_sock_tuple t = {};
  struct bpf_sock *sk =
      bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk)
    return TC_ACT_OK;
  if (sk->state == 1)
    return TC_ACT_SHOT;
  bpf_sk_release(sk);
  return TC_ACT_OK;
}
// The function's one exit instruction is at its closing brace.
// CHECK-DAG: reference-socket.c:[[@LINE-2]]:1: warning: BPF verifier would reject program 'leak_on_early_return': Unreleased reference id=2 alloc_insn=12

SEC("tc") int release_maybe_null(struct __sk_buff *skb) {
  struct bpf_sock_tuple t = {};
  struct bpf_sock *sk =
      bpf_sk_lookup_udp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
  bpf_sk_release(sk);
  // CHECK-DAG: reference-socket.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'release_maybe_null': R1 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
  // CHECK-DAG: reference-socket.c:[[@LINE-3]]:7: note: R1 may be NULL: it comes from here
  return TC_ACT_OK;
}

SEC("tc") int release_unowned(struct __sk_buff *skb) {
  struct bpf_sock *sk = skb->sk;
  if (!sk)
    return TC_ACT_OK;
  bpf_sk_release(sk);
  // CHECK-DAG: reference-socket.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'release_unowned': R1 must be referenced when passed to release function
  return TC_ACT_OK;
}

SEC("tc") int write_socket(struct __sk_buff *skb) {
  struct bpf_sock_tuple t = {};
  struct bpf_sock *sk =
      bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk)
    return TC_ACT_OK;
  sk->mark = 5;
  // CHECK-DAG: reference-socket.c:[[@LINE-1]]:12: warning: BPF verifier would reject program 'write_socket': R0 cannot write into sock
  bpf_sk_release(sk);
  return TC_ACT_OK;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      5 programs
// VERDICT-NEXT: leak_on_early_return: reject
// VERDICT-NEXT: lookup_release: accept
// VERDICT-NEXT: release_maybe_null: reject
// VERDICT-NEXT: release_unowned: reject
// VERDICT-NEXT: write_socket: reject

// KERNEL-DAG: lookup_release: ours=accept kernel=accept
// KERNEL-DAG: leak_on_early_return: ours=reject kernel=reject message=match
// KERNEL-DAG: release_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: release_unowned: ours=reject kernel=reject message=match
// KERNEL-DAG: write_socket: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
