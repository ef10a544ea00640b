// The bpf_timer helpers take the timer of a map value at the offset the
// value's BTF puts it; bpf_timer_set_callback's callback is verified
// asynchronously: alone in frame 0 with the map, a key and a value of the
// timer's map, on a stack of its own (so its stack does not add to the
// caller's), and it must return 0.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct tval {
  struct bpf_timer t;
  long x;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct tval);
} timers SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} plain SEC(".maps");

static int cb_ok(void *map, int *key, struct tval *v) {
  v->x += *key;
  return 0;
}

static int cb_pointer(void *map, int *key, struct tval *v) { return (long)v; }

static int cb_big_stack(void *map, int *key, struct tval *v) {
  volatile char buf[400];
  buf[v->x & 255] = 1;
  return buf[0] & 0;
}

SEC("tc") int tm_ok(struct __sk_buff *skb) {
  int k = 0;
  struct tval *v = bpf_map_lookup_elem(&timers, &k);
  if (!v)
    return 0;
  bpf_timer_init(&v->t, &timers, 1);
  bpf_timer_set_callback(&v->t, cb_ok);
  bpf_timer_start(&v->t, 1000, 0);
  return 0;
}

SEC("tc") int tm_on_stack(struct __sk_buff *skb) {
  struct bpf_timer t = {};
  bpf_timer_start(&t, 1000, 0);
  // CHECK-DAG: timers.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'tm_on_stack': R1 type=fp expected=map_value
  return 0;
}

SEC("tc") int tm_no_timer_in_map(struct __sk_buff *skb) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&plain, &k);
  if (!v)
    return 0;
  bpf_timer_init((void *)v, &plain, 1);
  // CHECK-DAG: timers.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'tm_no_timer_in_map': map 'plain' has no valid bpf_timer
  return 0;
}

SEC("tc") int tm_wrong_offset(struct __sk_buff *skb) {
  int k = 0;
  struct tval *v = bpf_map_lookup_elem(&timers, &k);
  if (!v)
    return 0;
  bpf_timer_cancel((void *)&v->x);
  // CHECK-DAG: timers.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'tm_wrong_offset': off 16 doesn't point to 'struct bpf_timer' that is at 0
  return 0;
}

SEC("tc") int tm_returns_pointer(struct __sk_buff *skb) {
  int k = 0;
  struct tval *v = bpf_map_lookup_elem(&timers, &k);
  if (!v)
    return 0;
  bpf_timer_set_callback(&v->t, cb_pointer);
  return 0;
  // CHECK-DAG: timers.c:{{[0-9]+}}:{{[0-9]+}}: warning: BPF verifier would reject program 'tm_returns_pointer': At async callback return the register R0 is not a known value (map_value)
}

// 400 bytes in the program and 400 in the callback: the callback runs on
// a stack of its own, so the 512-byte limit holds for each.
SEC("tc") int tm_two_stacks(struct __sk_buff *skb) {
  volatile char buf[400];
  int k = 0;
  buf[skb->len & 255] = 1;
  struct tval *v = bpf_map_lookup_elem(&timers, &k);
  if (!v)
    return 0;
  bpf_timer_set_callback(&v->t, cb_big_stack);
  return buf[0] & 0;
}

// A callback that sets itself as the timer's callback again: each call
// queues another copy of the callback's path, pruned at the call (a prune
// point) against the first copy's finished state.
static int cb_self(void *map, int *key, struct tval *v) {
  v->x++;
  if (v->x < 10) {
    bpf_timer_set_callback(&v->t, cb_self);
    bpf_timer_start(&v->t, 1000, 0);
  }
  return 0;
}

SEC("tc") int tm_rearm_self(struct __sk_buff *skb) {
  int k = 0;
  struct tval *v = bpf_map_lookup_elem(&timers, &k);
  if (!v)
    return 0;
  bpf_timer_init(&v->t, &timers, 1);
  bpf_timer_set_callback(&v->t, cb_self);
  bpf_timer_start(&v->t, 1000, 0);
  return 0;
}

// A bpf_wq (work queue) in a map value is a special field too: its bytes
// are the kernel's, and tracing programs may not use such maps. (The
// bpf_wq kfuncs themselves are not modelled: unknown.)
struct bpf_wq {
  __u64 __opaque[2];
} __attribute__((aligned(8)));

struct wval {
  long x;
  struct bpf_wq w;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct wval);
} works SEC(".maps");

SEC("tc") int tm_wq_read_raw(struct __sk_buff *skb) {
  int k = 0;
  struct wval *v = bpf_map_lookup_elem(&works, &k);
  if (!v)
    return 0;
  return *(long *)&v->w;
  // CHECK-DAG: timers.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'tm_wq_read_raw': bpf_wq cannot be accessed directly by load/store
}

SEC("kprobe/do_nanosleep") int tm_wq_in_kprobe(void *ctx) {
  int k = 0;
  struct wval *v = bpf_map_lookup_elem(&works, &k);
  if (v)
    v->x++;
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'tm_wq_in_kprobe': tracing progs cannot use bpf_wq yet

// Every program's verdict, with or without the kernel:
// VERDICT:      9 programs
// VERDICT-NEXT: tm_no_timer_in_map: reject
// VERDICT-NEXT: tm_ok: accept
// VERDICT-NEXT: tm_on_stack: reject
// VERDICT-NEXT: tm_rearm_self: accept
// VERDICT-NEXT: tm_returns_pointer: reject
// VERDICT-NEXT: tm_two_stacks: accept
// VERDICT-NEXT: tm_wq_in_kprobe: reject
// VERDICT-NEXT: tm_wq_read_raw: reject
// VERDICT-NEXT: tm_wrong_offset: reject

// KERNEL-DAG: tm_ok: ours=accept kernel=accept
// KERNEL-DAG: tm_on_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: tm_no_timer_in_map: ours=reject kernel=reject message=match
// KERNEL-DAG: tm_wrong_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: tm_returns_pointer: ours=reject kernel=reject message=match
// KERNEL-DAG: tm_two_stacks: ours=accept kernel=accept
// KERNEL-DAG: tm_rearm_self: ours=accept kernel=accept
// KERNEL-DAG: tm_wq_read_raw: ours=reject kernel=reject message=match
// KERNEL-DAG: tm_wq_in_kprobe: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
