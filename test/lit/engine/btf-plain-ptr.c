// Pointers read through a plain (neither trusted nor RCU) kernel struct
// pointer are untrusted on 6.18, and helpers refuse them. fentry and fexit
// arguments are such plain pointers (btf-fentry.c), but the kernel here
// refuses to load those program types; a bpf_skc_to_* result is also a
// plain pointer, so the rule is checked against the kernel from tp_btf.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";
long sink;

// inet_sock_set_state(const struct sock *sk, int oldstate, int newstate)
SEC("tp_btf/inet_sock_set_state") int plain_read(u64 *ctx) {
  struct tcp_sock *tp = bpf_skc_to_tcp_sock((void *)ctx[0]);
  if (!tp)
    return 0;
  sink = tp->inet_conn.icsk_inet.sk.sk_socket->state;
  return 0;
}
SEC("tp_btf/inet_sock_set_state") int plain_to_helper(u64 *ctx) {
  struct tcp_sock *tp = bpf_skc_to_tcp_sock((void *)ctx[0]);
  if (!tp)
    return 0;
  sink = (long)bpf_skc_to_tcp_sock(tp);
  return 0;
}
SEC("tp_btf/inet_sock_set_state") int loaded_to_helper(u64 *ctx) {
  struct tcp_sock *tp = bpf_skc_to_tcp_sock((void *)ctx[0]);
  if (!tp)
    return 0;
  struct socket *so = tp->inet_conn.icsk_inet.sk.sk_socket;
  sink = (long)bpf_sock_from_file(so->file);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'loaded_to_helper': R1 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_

// VERDICT:      3 programs
// VERDICT-NEXT: loaded_to_helper: reject
// VERDICT-NEXT: plain_read: accept
// VERDICT-NEXT: plain_to_helper: accept

// KERNEL-DAG: loaded_to_helper: ours=reject kernel=reject message=match
// KERNEL-DAG: plain_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: plain_to_helper: ours=accept kernel=accept message=n/a
