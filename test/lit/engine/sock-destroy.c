// bpf_sock_destroy() may be called from iterator programs only (the kernel
// filters its set on BPF_TRACE_ITER), with a trusted socket: an iterator's
// sk_common or udp_sk, checked against NULL. Every verdict checked against
// 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
extern int bpf_sock_destroy(struct sock_common *sk) __ksym;
char LICENSE[] SEC("license") = "GPL";
SEC("iter/tcp") int tcp_destroy(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  if (!sk)
    return 0;
  bpf_sock_destroy(sk);
  return 0;
}
SEC("iter/udp") int udp_destroy(struct bpf_iter__udp *ctx) {
  struct udp_sock *u = ctx->udp_sk;
  if (!u)
    return 0;
  bpf_sock_destroy((struct sock_common *)u);
  return 0;
}
SEC("iter/tcp") int tcp_destroy_unchecked(struct bpf_iter__tcp *ctx) {
  bpf_sock_destroy(ctx->sk_common);
  return 0;
}
SEC("iter/task") int task_iter_destroy(struct bpf_iter__task *ctx) {
  struct task_struct *t = ctx->task;
  if (!t)
    return 0;
  bpf_sock_destroy((struct sock_common *)t);
  return 0;
}
SEC("tp_btf/inet_sock_set_state") int tp_destroy(u64 *ctx) {
  struct sock *sk = (struct sock *)ctx[0];
  bpf_sock_destroy((struct sock_common *)sk);
  return 0;
}
SEC("tc") int tc_destroy(struct __sk_buff *skb) {
  struct bpf_sock *sk = skb->sk;
  if (!sk)
    return 0;
  bpf_sock_destroy((struct sock_common *)sk);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'tcp_destroy_unchecked': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'task_iter_destroy': kernel function bpf_sock_destroy args#0 expected pointer to STRUCT sock_common but R1 has a pointer to STRUCT task_struct
// CHECK-DAG: error: BPF verifier would reject program 'tp_destroy': calling kernel function bpf_sock_destroy is not allowed
// CHECK-DAG: error: BPF verifier would reject program 'tc_destroy': calling kernel function bpf_sock_destroy is not allowed

// VERDICT:      6 programs
// VERDICT-NEXT: task_iter_destroy: reject
// VERDICT-NEXT: tc_destroy: reject
// VERDICT-NEXT: tcp_destroy: accept
// VERDICT-NEXT: tcp_destroy_unchecked: reject
// VERDICT-NEXT: tp_destroy: reject
// VERDICT-NEXT: udp_destroy: accept

// KERNEL-DAG: tcp_destroy: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tcp_destroy_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: udp_destroy: ours=accept kernel=accept message=n/a
// KERNEL-DAG: task_iter_destroy: ours=reject kernel=reject message=match
// KERNEL-DAG: tp_destroy: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_destroy: ours=reject kernel=reject message=match
