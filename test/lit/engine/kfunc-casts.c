// bpf_cast_to_kern_ctx() turns the program's context into a trusted
// pointer to the kernel's own context struct for the program type (struct
// sk_buff for tc, struct xdp_buff for XDP), which may be read like any
// kernel struct; its argument must be the unmodified context.
// bpf_rdonly_cast() turns anything into an untrusted pointer to the struct
// (or union) a constant target type id names: readable, never writable,
// refused where a trusted pointer is needed. A type id of anything else is
// refused. tc programs write through kernel struct pointers only into
// struct nf_conn (conntrack's rule); elsewhere "only read is supported".
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

extern void *bpf_cast_to_kern_ctx(void *obj) __ksym;
extern void *bpf_rdonly_cast(const void *obj__ign, __u32 btf_id__k) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} vals SEC(".maps");

#define CURRENT_TASK_AS(T)                                                     \
  bpf_rdonly_cast((void *)bpf_get_current_task(), bpf_core_type_id_kernel(T))

SEC("tc") int tc_kskb_len(struct __sk_buff *skb) {
  struct sk_buff *kskb = bpf_cast_to_kern_ctx(skb);
  return kskb->len;
}
SEC("xdp") int xdp_rxq_ifindex(struct xdp_md *ctx) {
  struct xdp_buff *x = bpf_cast_to_kern_ctx(ctx);
  return x->rxq->dev->ifindex == 1 ? XDP_DROP : XDP_PASS;
}
SEC("tc") int tc_kskb_write(struct __sk_buff *skb) {
  struct sk_buff *kskb = bpf_cast_to_kern_ctx(skb);
  kskb->mark = 1;
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_kskb_write': only read is supported
SEC("tc") int tc_kskb_past_end(struct __sk_buff *skb) {
  struct sk_buff *kskb = bpf_cast_to_kern_ctx(skb);
  return *(int *)((char *)kskb + sizeof(*kskb));
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_kskb_past_end': access beyond struct sk_buff at off {{[0-9]+}} size 4
SEC("tc") int tc_cast_map_value(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *v = bpf_map_lookup_elem(&vals, &k);
  if (!v)
    return 0;
  struct sk_buff *kskb = bpf_cast_to_kern_ctx(v);
  return kskb->len;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_cast_map_value': arg#0 expected pointer to ctx, but got map_value
SEC("tc") int tc_cast_moved_ctx(struct __sk_buff *skb) {
  struct sk_buff *kskb = bpf_cast_to_kern_ctx((char *)skb + 8);
  return kskb->len;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_cast_moved_ctx': dereference of modified ctx ptr R1 off=8 disallowed

SEC("tc") int tc_rdonly_task_pid(struct __sk_buff *skb) {
  struct task_struct *t = CURRENT_TASK_AS(struct task_struct);
  return t->pid;
}
SEC("tc") int tc_rdonly_union(struct __sk_buff *skb) {
  union bpf_attr *a = CURRENT_TASK_AS(union bpf_attr);
  return a->map_type;
}
SEC("tc") int tc_rdonly_u64(struct __sk_buff *skb) {
  __u64 *p = CURRENT_TASK_AS(__u64);
  return p != 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_rdonly_u64': kfunc bpf_rdonly_cast type ID argument must be of a struct or void
SEC("tc") int tc_rdonly_write(struct __sk_buff *skb) {
  struct task_struct *t = CURRENT_TASK_AS(struct task_struct);
  t->pid = 1;
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_rdonly_write': only read is supported
SEC("tc") int tc_rdonly_acquire(struct __sk_buff *skb) {
  struct task_struct *t = CURRENT_TASK_AS(struct task_struct);
  t = bpf_task_acquire(t);
  if (t)
    bpf_task_release(t);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_rdonly_acquire': R1 must be a rcu pointer

// VERDICT:      11 programs
// VERDICT-NEXT: tc_cast_map_value: reject
// VERDICT-NEXT: tc_cast_moved_ctx: reject
// VERDICT-NEXT: tc_kskb_len: accept
// VERDICT-NEXT: tc_kskb_past_end: reject
// VERDICT-NEXT: tc_kskb_write: reject
// VERDICT-NEXT: tc_rdonly_acquire: reject
// VERDICT-NEXT: tc_rdonly_task_pid: accept
// VERDICT-NEXT: tc_rdonly_u64: reject
// VERDICT-NEXT: tc_rdonly_union: accept
// VERDICT-NEXT: tc_rdonly_write: reject
// VERDICT-NEXT: xdp_rxq_ifindex: accept

// KERNEL-DAG: tc_kskb_len: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_kskb_write: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_kskb_past_end: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_cast_map_value: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_cast_moved_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_rdonly_task_pid: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_rdonly_union: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_rdonly_u64: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_rdonly_write: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_rdonly_acquire: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_rxq_ifindex: ours=accept kernel=accept message=n/a
