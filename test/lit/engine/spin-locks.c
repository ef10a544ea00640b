// bpf_spin_lock()/bpf_spin_unlock() on the lock of a map value, found in the
// value type's BTF: the argument checks and their messages, one lock at a
// time, unlock of the same lock (the lock held is part of the state, so a
// path that holds it is never pruned against one that does not), no calls
// but static ones inside, no exit inside, the lock's bytes never touched.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb,
                             unsigned long long off) asm("llvm.bpf.load.byte");

struct val {
  int cnt;
  struct bpf_spin_lock lock;
  long sum;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, int);
  __type(value, struct val);
} locked SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} plain SEC(".maps");

SEC("tc") int sl_ok(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  bpf_spin_lock(&v->lock);
  v->cnt++;
  bpf_spin_unlock(&v->lock);
  return 0;
}

SEC("tc") int sl_on_stack(struct __sk_buff *skb) {
  struct bpf_spin_lock l = {};
  bpf_spin_lock(&l);
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_on_stack': R1 type=fp expected=map_value, ptr_
  bpf_spin_unlock(&l);
  return 0;
}

SEC("tc") int sl_no_lock_in_map(struct __sk_buff *skb) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&plain, &k);
  if (!v)
    return 0;
  bpf_spin_lock((void *)v);
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_no_lock_in_map': map 'plain' has no valid bpf_spin_lock
  bpf_spin_unlock((void *)v);
  return 0;
}

SEC("tc") int sl_variable_offset(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  bpf_spin_lock((void *)v + (skb->len & 4));
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_variable_offset': R1 doesn't have constant offset. bpf_spin_lock has to be at the constant offset
  return 0;
}

// The lock is taken on one path only; the paths join before the exit. The
// state without the lock must not cover the one holding it.
SEC("tc") int sl_maybe_taken(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  if (skb->len > 100)
    bpf_spin_lock(&v->lock);
  v->sum += skb->len;
  return 0;
  // CHECK-DAG: spin-locks.c:[[@LINE+1]]:1: warning: BPF verifier would reject program 'sl_maybe_taken': BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
}

// Taken and released under the same condition: every path is balanced.
SEC("tc") int sl_same_condition(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  int big = skb->len > 100;
  if (big)
    bpf_spin_lock(&v->lock);
  v->sum += 1;
  if (big)
    bpf_spin_unlock(&v->lock);
  return 0;
}

SEC("tc") int sl_load_byte(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  bpf_spin_lock(&v->lock);
  v->cnt += load_byte(skb, 0);
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:13: warning: BPF verifier would reject program 'sl_load_byte': BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region
  bpf_spin_unlock(&v->lock);
  return 0;
}

SEC("tc") int sl_store_into_lock(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  __builtin_memset(v, 0, sizeof(*v));
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_store_into_lock': bpf_spin_lock cannot be accessed directly by load/store
  return 0;
}

// Which element's lock is held depends on the path: the state where the
// lock came through `v` must not cover the one where it came through `w`
// (the lock ids map like register ids).
SEC("tc") int sl_which_element(struct __sk_buff *skb) {
  int k = 0, j = 1;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  struct val *w = bpf_map_lookup_elem(&locked, &j);
  if (!v || !w)
    return 0;
  struct val *p = skb->len > 10 ? v : w;
  bpf_spin_lock(&p->lock);
  v->cnt++;
  bpf_spin_unlock(&v->lock);
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_which_element': bpf_spin_unlock of different lock
  return 0;
}

SEC("tc") int sl_atomic_on_lock(struct __sk_buff *skb) {
  int k = 0;
  struct val *v = bpf_map_lookup_elem(&locked, &k);
  if (!v)
    return 0;
  __sync_fetch_and_add((int *)&v->lock, 1);
  // CHECK-DAG: spin-locks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sl_atomic_on_lock': bpf_spin_lock cannot be accessed directly by load/store
  return 0;
}

// A lock in a global data section makes the section's map one tracing
// programs may not use, even where they only touch another variable.
struct bpf_spin_lock sl_glock SEC(".data.sl");
int sl_gcount SEC(".data.sl");

SEC("kprobe/do_nanosleep") int sl_global_in_kprobe(void *ctx) {
  sl_gcount++;
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'sl_global_in_kprobe': tracing progs cannot use bpf_spin_lock yet

// Every program's verdict, with or without the kernel:
// VERDICT:      11 programs
// VERDICT-NEXT: sl_atomic_on_lock: reject
// VERDICT-NEXT: sl_global_in_kprobe: reject
// VERDICT-NEXT: sl_load_byte: reject
// VERDICT-NEXT: sl_maybe_taken: reject
// VERDICT-NEXT: sl_no_lock_in_map: reject
// VERDICT-NEXT: sl_ok: accept
// VERDICT-NEXT: sl_on_stack: reject
// VERDICT-NEXT: sl_same_condition: accept
// VERDICT-NEXT: sl_store_into_lock: reject
// VERDICT-NEXT: sl_variable_offset: reject
// VERDICT-NEXT: sl_which_element: reject

// KERNEL-DAG: sl_ok: ours=accept kernel=accept
// KERNEL-DAG: sl_on_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_no_lock_in_map: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_variable_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_maybe_taken: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_same_condition: ours=accept kernel=accept
// KERNEL-DAG: sl_load_byte: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_store_into_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_which_element: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_atomic_on_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: sl_global_in_kprobe: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
