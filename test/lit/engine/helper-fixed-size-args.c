// Helper arguments of a fixed size: bpf_check_mtu() writes a naturally
// aligned 32-bit value; bpf_sk_storage_get() takes an optional initial
// value of the map's value size.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int mtu_ok(struct __sk_buff *skb) {
  __u32 mtu = 0;
  if (bpf_check_mtu(skb, 0, &mtu, 0, 0))
    return 2;
  return mtu > 1500;
}

SEC("tc") int mtu_misaligned(struct __sk_buff *skb) {
  struct {
    __u16 pad;
    __u16 m[3];
  } s = {};
  bpf_check_mtu(skb, 0, (__u32 *)&s.m[0], 0, 0);
  // CHECK: helper-fixed-size-args.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'mtu_misaligned': misaligned stack access off 0+-6+0 size 4
  return s.m[0] > 1500;
}

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, long);
} per_socket SEC(".maps");

SEC("cgroup_skb/egress") int count_per_socket(struct __sk_buff *skb) {
  struct bpf_sock *sk = skb->sk;
  if (!sk)
    return 1;
  long *v = bpf_sk_storage_get(&per_socket, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
  if (v)
    *v += 1;
  return 1;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: count_per_socket: accept
// VERDICT-NEXT: mtu_misaligned: reject
// VERDICT-NEXT: mtu_ok: accept

// KERNEL-DAG: mtu_ok: ours=accept kernel=accept
// KERNEL-DAG: mtu_misaligned: ours=reject kernel=reject message=match
// KERNEL-DAG: count_per_socket: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
