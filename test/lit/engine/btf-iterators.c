// The contexts of the iterators the model describes: each field an
// iterator registers as NULL-able (ctx_arg_info), trusted or not, is refused
// unchecked with the kernel's type name; a checked tcp socket is cast and
// read. Checked against the 6.18 kernel.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
SEC("iter/tcp") int i_tcp_unchecked(struct bpf_iter__tcp *ctx) {
  return ctx->sk_common->skc_family & 1;
}
SEC("iter/tcp") int i_tcp(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  if (!sk) return 0;
  struct tcp_sock *tp = bpf_skc_to_tcp_sock(sk);
  if (!tp) return 0;
  return tp->srtt_us & 1;
}
SEC("iter/udp") int i_udp_unchecked(struct bpf_iter__udp *ctx) {
  return ctx->udp_sk->inet.sk.__sk_common.skc_family & 1;
}
SEC("iter/unix") int i_unix_unchecked(struct bpf_iter__unix *ctx) {
  return ctx->unix_sk->sk.__sk_common.skc_family & 1;
}
SEC("iter/netlink") int i_netlink_unchecked(struct bpf_iter__netlink *ctx) {
  return ctx->sk->portid & 1;
}
SEC("iter/ipv6_route") int i_ipv6(struct bpf_iter__ipv6_route *ctx) {
  return ctx->rt ? ctx->rt->fib6_flags & 1 : 0;
}
SEC("iter/ksym") int i_ksym_unchecked(struct bpf_iter__ksym *ctx) {
  return ctx->ksym->value & 1;
}
SEC("iter/bpf_prog") int i_prog_unchecked(struct bpf_iter__bpf_prog *ctx) {
  return ctx->prog->len & 1;
}
SEC("iter/bpf_link") int i_link_unchecked(struct bpf_iter__bpf_link *ctx) {
  return ctx->link->id & 1;
}
SEC("iter/cgroup") int i_cgroup_unchecked(struct bpf_iter__cgroup *ctx) {
  return ctx->cgroup->level & 1;
}
SEC("iter/task_vma") int i_vma_unchecked(struct bpf_iter__task_vma *ctx) {
  return ctx->vma->vm_flags & 1;
}
SEC("iter/bpf_map") int i_map_unchecked(struct bpf_iter__bpf_map *ctx) {
  return ctx->map->max_entries & 1;
}
// bpf_get_socket_cookie takes a socket or NULL.
u64 c;
SEC("iter/tcp") int k_cookie_null(struct bpf_iter__tcp *ctx) {
  c = bpf_get_socket_cookie(ctx->sk_common);
  return 0;
}
SEC("iter/tcp") int k_cookie_checked(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  if (!sk) return 0;
  c = bpf_get_socket_cookie(sk);
  return 0;
}
SEC("iter/tcp") int k_cookie_scalar(struct bpf_iter__tcp *ctx) {
  c = bpf_get_socket_cookie((void *)c);
  return 0;
}
SEC("iter/tcp") int k_cookie_untrusted(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  if (!sk) return 0;
  c = bpf_get_socket_cookie(((struct sock *)sk)->sk_socket->sk);
  return 0;
}
SEC("tp_btf/sched_switch") int k_cookie_task(u64 *ctx) {
  c = bpf_get_socket_cookie((void *)ctx[1]);
  return 0;
}
// Socket storage from tracing programs takes a kernel socket or NULL.
struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, long); } sks SEC(".maps");
SEC("iter/tcp") int m_sks(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  long *v = bpf_sk_storage_get(&sks, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
  if (v) *v += 1;
  return 0;
}
SEC("iter/tcp") int m_sks_del(struct bpf_iter__tcp *ctx) {
  struct sock_common *sk = ctx->sk_common;
  if (!sk) return 0;
  bpf_sk_storage_delete(&sks, sk);
  return 0;
}
SEC("tp_btf/sched_switch") int m_sks_task(u64 *ctx) {
  long *v = bpf_sk_storage_get(&sks, (void *)ctx[1], 0, 0);
  return v ? 1 : 0;
}
SEC("tp_btf/sched_switch") int m_sks_null(u64 *ctx) {
  long *v = bpf_sk_storage_get(&sks, 0, 0, 0);
  return v ? 1 : 0;
}
// The first line of each rejection is the kernel's message:
// CHECK-DAG: error: BPF verifier would reject program 'i_tcp_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_udp_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_unix_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_netlink_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_ipv6': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_ksym_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_prog_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_link_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_cgroup_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_vma_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'i_map_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'k_cookie_scalar': R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'k_cookie_untrusted': access beyond struct sock_common at off 288 size 8
// CHECK-DAG: error: BPF verifier would reject program 'k_cookie_task': R1 is of type task_struct but sock_common is expected
// CHECK-DAG: error: BPF verifier would reject program 'm_sks_task': R2 is of type task_struct but sock_common is expected

// Every program's verdict, with or without the kernel:
// VERDICT:      21 programs
// VERDICT-NEXT: i_cgroup_unchecked: reject
// VERDICT-NEXT: i_ipv6: reject
// VERDICT-NEXT: i_ksym_unchecked: reject
// VERDICT-NEXT: i_link_unchecked: reject
// VERDICT-NEXT: i_map_unchecked: reject
// VERDICT-NEXT: i_netlink_unchecked: reject
// VERDICT-NEXT: i_prog_unchecked: reject
// VERDICT-NEXT: i_tcp: accept
// VERDICT-NEXT: i_tcp_unchecked: reject
// VERDICT-NEXT: i_udp_unchecked: reject
// VERDICT-NEXT: i_unix_unchecked: reject
// VERDICT-NEXT: i_vma_unchecked: reject
// VERDICT-NEXT: k_cookie_checked: accept
// VERDICT-NEXT: k_cookie_null: accept
// VERDICT-NEXT: k_cookie_scalar: reject
// VERDICT-NEXT: k_cookie_task: reject
// VERDICT-NEXT: k_cookie_untrusted: reject
// VERDICT-NEXT: m_sks: accept
// VERDICT-NEXT: m_sks_del: accept
// VERDICT-NEXT: m_sks_null: accept
// VERDICT-NEXT: m_sks_task: reject

// KERNEL-DAG: i_tcp_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_tcp: ours=accept kernel=accept message=n/a
// KERNEL-DAG: i_udp_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_unix_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_netlink_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_ipv6: ours=reject kernel=reject message=match
// KERNEL-DAG: i_ksym_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_prog_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_link_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_cgroup_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_vma_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: i_map_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: k_cookie_null: ours=accept kernel=accept message=n/a
// KERNEL-DAG: k_cookie_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: k_cookie_scalar: ours=reject kernel=reject message=match
// KERNEL-DAG: k_cookie_untrusted: ours=reject kernel=reject message=match
// KERNEL-DAG: k_cookie_task: ours=reject kernel=reject message=match
// KERNEL-DAG: m_sks: ours=accept kernel=accept message=n/a
// KERNEL-DAG: m_sks_del: ours=accept kernel=accept message=n/a
// KERNEL-DAG: m_sks_task: ours=reject kernel=reject message=match
// KERNEL-DAG: m_sks_null: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
