// The bpf_wq kfuncs: bpf_wq_init, bpf_wq_set_callback_impl, bpf_wq_start
// take the `struct bpf_wq` of a map value (at the field's own offset),
// bpf_wq_init the map that value lives in. The callback is verified
// asynchronously, like a timer's (R1 the map, R2 a key, R3 a value; it
// returns 0), as sleepable code: 6.18 refuses it from a program that is not
// sleepable, after the arguments are checked.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_wq_init(struct bpf_wq *wq, void *p__map,
                       unsigned int flags) __ksym;
extern int bpf_wq_start(struct bpf_wq *wq, unsigned int flags) __ksym;
extern int
bpf_wq_set_callback_impl(struct bpf_wq *wq,
                         int(callback_fn)(void *map, int *key, void *value),
                         unsigned int flags, void *aux__prog) __ksym;

struct elem {
  __u64 count;
  struct bpf_wq w;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, int);
  __type(value, struct elem);
} works SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 2);
  __type(key, int);
  __type(value, struct elem);
} other SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, int);
  __type(value, __u64);
} plain SEC(".maps");

static int count_cb(void *map, int *key, void *value) {
  struct elem *e = value;
  e->count++;
  return 0;
}

// A sleepable program may arm a work item.
SEC("syscall") int wq_arm(void *ctx) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  if (bpf_wq_init(&e->w, &works, 0))
    return 0;
  if (bpf_wq_set_callback_impl(&e->w, count_cb, 0, 0))
    return 0;
  bpf_wq_start(&e->w, 0);
  return 0;
}

// A program that is not sleepable may not set the callback...
SEC("tc") int wq_arm_tc(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  if (bpf_wq_init(&e->w, &works, 0))
    return 0;
  bpf_wq_set_callback_impl(&e->w, count_cb, 0, 0);
  return 0;
}

// ...but may initialise and start one.
SEC("tc") int wq_start_tc(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  if (bpf_wq_init(&e->w, &works, 0))
    return 0;
  return bpf_wq_start(&e->w, 0);
}

static int random_cb(void *map, int *key, void *value) {
  return bpf_get_prandom_u32();
}

SEC("syscall") int wq_bad_return(void *ctx) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  bpf_wq_set_callback_impl(&e->w, random_cb, 0, 0);
  return 0;
}

static int past_value_cb(void *map, int *key, void *value) {
  struct elem *e = value;
  e[1].count = 1;
  return 0;
}

SEC("syscall") int wq_past_value(void *ctx) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  bpf_wq_set_callback_impl(&e->w, past_value_cb, 0, 0);
  return 0;
}

static int sleepy_cb(void *map, int *key, void *value) {
  struct elem *e = value;
  bpf_copy_from_user(&e->count, sizeof(e->count), 0);
  return 0;
}

SEC("syscall") int wq_sleepy_callback(void *ctx) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&other, &key);
  if (!e)
    return 0;
  bpf_wq_set_callback_impl(&e->w, sleepy_cb, 0, 0);
  return 0;
}

SEC("tc") int wq_wrong_map(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  return bpf_wq_init(&e->w, &other, 0);
}

SEC("tc") int wq_map_without_wq(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  return bpf_wq_init(&e->w, &plain, 0);
}

SEC("tc") int wq_not_map(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  return bpf_wq_init(&e->w, &key, 0);
}

SEC("tc") int wq_on_stack(struct __sk_buff *skb) {
  struct bpf_wq w = {};
  return bpf_wq_start(&w, 0);
}

SEC("tc") int wq_wrong_offset(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  return bpf_wq_start((struct bpf_wq *)e, 0);
}

SEC("tc") int wq_no_field(struct __sk_buff *skb) {
  int key = 0;
  __u64 *v = bpf_map_lookup_elem(&plain, &key);
  if (!v)
    return 0;
  return bpf_wq_start((struct bpf_wq *)v, 0);
}

SEC("syscall") int wq_not_func(void *ctx) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  bpf_wq_set_callback_impl(&e->w, (void *)e, 0, 0);
  return 0;
}

SEC("tc") int wq_field_load(struct __sk_buff *skb) {
  int key = 0;
  struct elem *e = bpf_map_lookup_elem(&works, &key);
  if (!e)
    return 0;
  return *(volatile __u64 *)&e->w;
}

struct locked {
  struct bpf_spin_lock l;
  __u64 count;
  struct bpf_wq w;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, int);
  __type(value, struct locked);
} locked_works SEC(".maps");

struct bpf_wq global_wq;

// The callback's exit is a program's: a lock taken there must be released.
static int leak_lock_cb(void *map, int *key, void *value) {
  struct locked *e = value;
  bpf_spin_lock(&e->l);
  return 0;
}

SEC("syscall") int wq_leak_lock(void *ctx) {
  int key = 0;
  struct locked *e = bpf_map_lookup_elem(&locked_works, &key);
  if (!e)
    return 0;
  bpf_wq_set_callback_impl(&e->w, leak_lock_cb, 0, 0);
  return 0;
}

SEC("tc") int wq_under_lock(struct __sk_buff *skb) {
  int key = 0;
  struct locked *e = bpf_map_lookup_elem(&locked_works, &key);
  if (!e)
    return 0;
  bpf_spin_lock(&e->l);
  bpf_wq_start(&e->w, 0);
  bpf_spin_unlock(&e->l);
  return 0;
}

SEC("tc") int wq_variable_offset(struct __sk_buff *skb) {
  int key = 0;
  struct locked *e = bpf_map_lookup_elem(&locked_works, &key);
  if (!e)
    return 0;
  __u32 i = skb->len & 8;
  return bpf_wq_start((struct bpf_wq *)((char *)&e->w + i), 0);
}

// A bpf_wq in a global variable (the .bss map's value).
SEC("syscall") int wq_global(void *ctx) { return bpf_wq_start(&global_wq, 0); }

// CHECK-DAG: error: BPF verifier would reject program 'wq_arm_tc': sleepable callback in a program that is not sleepable
// CHECK-DAG: error: BPF verifier would reject program 'wq_bad_return': At async callback return the register R0 has unknown scalar value should have been in [0, 0]
// CHECK-DAG: error: BPF verifier would reject program 'wq_past_value': invalid access to map value, value_size=24 off=24 size=8
// CHECK-DAG: error: BPF verifier would reject program 'wq_wrong_map': workqueue pointer in R1 map_uid=0 doesn't match map pointer in R2 map_uid=0
// CHECK-DAG: error: BPF verifier would reject program 'wq_map_without_wq': workqueue pointer in R1 map_uid=0 doesn't match map pointer in R2 map_uid=0
// CHECK-DAG: error: BPF verifier would reject program 'wq_not_map': pointer in R2 isn't map pointer
// CHECK-DAG: error: BPF verifier would reject program 'wq_on_stack': arg#0 doesn't point to a map value
// CHECK-DAG: error: BPF verifier would reject program 'wq_wrong_offset': off 0 doesn't point to 'struct bpf_wq' that is at 8
// CHECK-DAG: error: BPF verifier would reject program 'wq_no_field': map 'plain' has no valid bpf_wq
// CHECK-DAG: error: BPF verifier would reject program 'wq_not_func': arg1 expected pointer to func
// CHECK-DAG: error: BPF verifier would reject program 'wq_field_load': bpf_wq cannot be accessed directly by load/store
// CHECK-DAG: error: BPF verifier would reject program 'wq_leak_lock': BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
// CHECK-DAG: error: BPF verifier would reject program 'wq_under_lock': function calls are not allowed while holding a lock
// CHECK-DAG: error: BPF verifier would reject program 'wq_variable_offset': R1 doesn't have constant offset. bpf_wq has to be at the constant offset

// VERDICT:      18 programs
// VERDICT-NEXT: wq_arm: accept
// VERDICT-NEXT: wq_arm_tc: reject
// VERDICT-NEXT: wq_bad_return: reject
// VERDICT-NEXT: wq_field_load: reject
// VERDICT-NEXT: wq_global: accept
// VERDICT-NEXT: wq_leak_lock: reject
// VERDICT-NEXT: wq_map_without_wq: reject
// VERDICT-NEXT: wq_no_field: reject
// VERDICT-NEXT: wq_not_func: reject
// VERDICT-NEXT: wq_not_map: reject
// VERDICT-NEXT: wq_on_stack: reject
// VERDICT-NEXT: wq_past_value: reject
// VERDICT-NEXT: wq_sleepy_callback: accept
// VERDICT-NEXT: wq_start_tc: accept
// VERDICT-NEXT: wq_under_lock: reject
// VERDICT-NEXT: wq_variable_offset: reject
// VERDICT-NEXT: wq_wrong_map: reject
// VERDICT-NEXT: wq_wrong_offset: reject

// KERNEL-DAG: wq_arm: ours=accept kernel=accept message=n/a
// KERNEL-DAG: wq_arm_tc: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_start_tc: ours=accept kernel=accept message=n/a
// KERNEL-DAG: wq_bad_return: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_past_value: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_sleepy_callback: ours=accept kernel=accept message=n/a
// KERNEL-DAG: wq_wrong_map: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_map_without_wq: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_not_map: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_on_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_wrong_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_no_field: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_not_func: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_field_load: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_leak_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_under_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_variable_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: wq_global: ours=accept kernel=accept message=n/a
