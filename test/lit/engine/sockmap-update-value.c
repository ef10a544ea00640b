// The value a program stores into a sockmap or sockhash is a socket, not
// map memory (the kernel's resolve_map_arg_type()): a socket pointer that
// is not NULL, then the map's rule on which program types may update it.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_SOCKMAP);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} socks SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} vals SEC(".maps");

SEC("tc") int tc_store_socket(struct __sk_buff *skb) {
  struct bpf_sock_tuple tuple = {};
  __u32 key = 0;
  struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
  if (!sk)
    return 0;
  bpf_map_update_elem(&socks, &key, sk, BPF_ANY);
  bpf_sk_release(sk);
  return 0;
}
SEC("tc") int tc_store_map_value(struct __sk_buff *skb) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return 0;
  bpf_map_update_elem(&socks, &key, v, BPF_ANY);
  return 0;
}
SEC("tc") int tc_store_unchecked_socket(struct __sk_buff *skb) {
  struct bpf_sock_tuple tuple = {};
  __u32 key = 0;
  struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
  bpf_map_update_elem(&socks, &key, sk, BPF_ANY);
  if (sk)
    bpf_sk_release(sk);
  return 0;
}
SEC("sockops") int sockops_store(struct bpf_sock_ops *ops) {
  __u32 key = 0;
  struct bpf_sock *sk = ops->sk;
  if (!sk)
    return 1;
  bpf_map_update_elem(&socks, &key, sk, BPF_ANY);
  return 1;
}

// CHECK-DAG: error: BPF verifier would reject program 'tc_store_map_value': R3 type=map_value expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'tc_store_unchecked_socket': R3 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'sockops_store': cannot update sockmap in this context

// VERDICT:      4 programs
// VERDICT-NEXT: sockops_store: reject
// VERDICT-NEXT: tc_store_map_value: reject
// VERDICT-NEXT: tc_store_socket: accept
// VERDICT-NEXT: tc_store_unchecked_socket: reject

// KERNEL-DAG: tc_store_socket: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_store_map_value: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_store_unchecked_socket: ours=reject kernel=reject message=match
// KERNEL-DAG: sockops_store: ours=reject kernel=reject message=match
