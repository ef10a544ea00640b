// bpf_res_spin_lock() may fail: the kernel forks the path at the call, the
// lock held and R0 = 0 on one side, not held and R0 an error in
// [-MAX_ERRNO, -1] on the other, so only a program that tests the result
// may unlock. Under the lock the rules of bpf_spin_lock hold (no helper
// calls, no exit), and a map holding one is refused to tracing and socket
// filter programs like a map with a bpf_spin_lock.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_res_spin_lock(struct bpf_res_spin_lock *lock) __ksym;
extern void bpf_res_spin_unlock(struct bpf_res_spin_lock *lock) __ksym;

struct elem {
  struct bpf_res_spin_lock l;
  __u64 c;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct elem);
} m SEC(".maps");

struct plain_elem {
  struct bpf_spin_lock l;
  __u64 c;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct plain_elem);
} plain SEC(".maps");

struct bpf_res_spin_lock glock SEC(".data.l");
__u64 gcount SEC(".data.l");

#define GET(e, k)                                                              \
  int key##k = k;                                                              \
  struct elem *e = bpf_map_lookup_elem(&m, &key##k);                           \
  if (!e)                                                                      \
    return 0;

SEC("tc") int checked(struct __sk_buff *s) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  e->c++;
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int unchecked(struct __sk_buff *s) {
  GET(e, 0)
  bpf_res_spin_lock(&e->l);
  e->c++;
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int exit_held(struct __sk_buff *s) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  return 1;
}

SEC("tc") int helper_held(struct __sk_buff *s) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  e->c = bpf_get_prandom_u32();
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int error_is_negative(struct __sk_buff *s) {
  GET(e, 0)
  int r = bpf_res_spin_lock(&e->l);
  if (r < 0)
    return 0;
  e->c++;
  bpf_res_spin_unlock(&e->l);
  return r;
}

SEC("tc") int success_is_zero(struct __sk_buff *s) {
  GET(e, 0)
  int r = bpf_res_spin_lock(&e->l);
  if (r)
    return r;
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int unlock_unheld(struct __sk_buff *s) {
  GET(e, 0)
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int unlock_other(struct __sk_buff *s) {
  GET(a, 0)
  GET(b, 1)
  if (bpf_res_spin_lock(&a->l))
    return 0;
  bpf_res_spin_unlock(&b->l);
  return 0;
}

SEC("tc") int not_a_res_lock(struct __sk_buff *s) {
  int k = 0;
  struct plain_elem *e = bpf_map_lookup_elem(&plain, &k);
  if (!e)
    return 0;
  if (bpf_res_spin_lock((void *)&e->l))
    return 0;
  bpf_res_spin_unlock((void *)&e->l);
  return 0;
}

SEC("tc") int wrong_offset(struct __sk_buff *s) {
  GET(e, 0)
  if (bpf_res_spin_lock((void *)&e->c))
    return 0;
  return 0;
}

SEC("tc") int spin_unlock_of_res(struct __sk_buff *s) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  bpf_spin_unlock((void *)&e->l);
  return 0;
}

// bpf_spin_lock() is a helper: no call under a held lock.
SEC("tc") int spin_under_res(struct __sk_buff *s) {
  int k = 0;
  struct elem *a = bpf_map_lookup_elem(&m, &k);
  struct plain_elem *e = bpf_map_lookup_elem(&plain, &k);
  if (!a || !e)
    return 0;
  if (bpf_res_spin_lock(&a->l))
    return 0;
  bpf_spin_lock(&e->l);
  bpf_spin_unlock(&e->l);
  bpf_res_spin_unlock(&a->l);
  return 0;
}

SEC("tc") int on_stack(struct __sk_buff *s) {
  struct bpf_res_spin_lock l = {};
  if (bpf_res_spin_lock(&l))
    return 0;
  bpf_res_spin_unlock(&l);
  return 0;
}

SEC("tc") int global_lock(struct __sk_buff *s) {
  if (bpf_res_spin_lock(&glock))
    return 0;
  gcount++;
  bpf_res_spin_unlock(&glock);
  return 0;
}

SEC("syscall") int in_syscall(void *ctx) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  e->c++;
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("raw_tp/sys_enter") int in_raw_tp(void *ctx) {
  GET(e, 0)
  if (bpf_res_spin_lock(&e->l))
    return 0;
  e->c++;
  bpf_res_spin_unlock(&e->l);
  return 0;
}

SEC("socket") int in_socket(void *ctx) {
  GET(e, 0)
  e->c++;
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'unchecked': bpf_res_spin_unlock without taking a lock
// CHECK-DAG: error: BPF verifier would reject program 'exit_held': BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
// CHECK-DAG: error: BPF verifier would reject program 'helper_held': function calls are not allowed while holding a lock
// CHECK-DAG: error: BPF verifier would reject program 'unlock_unheld': bpf_res_spin_unlock without taking a lock
// CHECK-DAG: error: BPF verifier would reject program 'unlock_other': bpf_res_spin_unlock of different lock
// CHECK-DAG: error: BPF verifier would reject program 'not_a_res_lock': map 'plain' has no valid bpf_res_spin_lock
// CHECK-DAG: error: BPF verifier would reject program 'wrong_offset': off 8 doesn't point to 'struct bpf_res_spin_lock' that is at 0
// CHECK-DAG: error: BPF verifier would reject program 'spin_unlock_of_res': map 'm' has no valid bpf_spin_lock
// CHECK-DAG: error: BPF verifier would reject program 'spin_under_res': function calls are not allowed while holding a lock
// CHECK-DAG: error: BPF verifier would reject program 'on_stack': arg#0 doesn't point to map value or allocated object
// CHECK-DAG: error: BPF verifier would reject program 'in_raw_tp': tracing progs cannot use bpf_spin_lock yet
// CHECK-DAG: error: BPF verifier would reject program 'in_socket': socket filter progs cannot use bpf_spin_lock yet

// VERDICT:      17 programs
// VERDICT-NEXT: checked: accept
// VERDICT-NEXT: error_is_negative: accept
// VERDICT-NEXT: exit_held: reject
// VERDICT-NEXT: global_lock: accept
// VERDICT-NEXT: helper_held: reject
// VERDICT-NEXT: in_raw_tp: reject
// VERDICT-NEXT: in_socket: reject
// VERDICT-NEXT: in_syscall: accept
// VERDICT-NEXT: not_a_res_lock: reject
// VERDICT-NEXT: on_stack: reject
// VERDICT-NEXT: spin_under_res: reject
// VERDICT-NEXT: spin_unlock_of_res: reject
// VERDICT-NEXT: success_is_zero: accept
// VERDICT-NEXT: unchecked: reject
// VERDICT-NEXT: unlock_other: reject
// VERDICT-NEXT: unlock_unheld: reject
// VERDICT-NEXT: wrong_offset: reject

// KERNEL-DAG: checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: exit_held: ours=reject kernel=reject message=match
// KERNEL-DAG: helper_held: ours=reject kernel=reject message=match
// KERNEL-DAG: error_is_negative: ours=accept kernel=accept message=n/a
// KERNEL-DAG: success_is_zero: ours=accept kernel=accept message=n/a
// KERNEL-DAG: unlock_unheld: ours=reject kernel=reject message=match
// KERNEL-DAG: unlock_other: ours=reject kernel=reject message=match
// KERNEL-DAG: not_a_res_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: wrong_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: spin_unlock_of_res: ours=reject kernel=reject message=match
// KERNEL-DAG: spin_under_res: ours=reject kernel=reject message=match
// KERNEL-DAG: on_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: global_lock: ours=accept kernel=accept message=n/a
// KERNEL-DAG: in_syscall: ours=accept kernel=accept message=n/a
// KERNEL-DAG: in_raw_tp: ours=reject kernel=reject message=match
// KERNEL-DAG: in_socket: ours=reject kernel=reject message=match
