// A bpf_dynptr_data() slice is tied to its dynptr by id: overwriting that
// dynptr, by a store or by making another dynptr in its slots, turns every
// copy of the slice into a scalar; the slices of another dynptr survive.
// A bpf_dynptr_slice() slice is not (on 6.18): it is tied to its stack
// buffer instead, and dies when a store or a helper writes any byte of that
// buffer (not when another slice reuses the buffer, nor on a write next to
// it).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags,
                               struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
                              void *buffer__opt, __u32 buffer__szk) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, char[64]);
} arr SEC(".maps");

static __always_inline int map_dynptr(struct bpf_dynptr *p) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&arr, &k);
  if (!v)
    return -1;
  return bpf_dynptr_from_mem(v, 64, 0, p);
}

SEC("raw_tp") int reinit_kills_slice(void *ctx) {
  struct bpf_dynptr p;
  char *d;
  if (map_dynptr(&p))
    return 0;
  d = bpf_dynptr_data(&p, 0, 4);
  if (!d)
    return 0;
  map_dynptr(&p);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'reinit_kills_slice': R{{[0-9]}} invalid mem access 'scalar'
SEC("raw_tp") int store_kills_slice(void *ctx) {
  struct bpf_dynptr p;
  char *d;
  if (map_dynptr(&p))
    return 0;
  d = bpf_dynptr_data(&p, 0, 4);
  if (!d)
    return 0;
  *(volatile __u64 *)&p = 0;
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'store_kills_slice': R{{[0-9]}} invalid mem access 'scalar'
SEC("raw_tp") int other_dynptr_keeps_slice(void *ctx) {
  struct bpf_dynptr p, q;
  char *d;
  if (map_dynptr(&p))
    return 0;
  map_dynptr(&q);
  d = bpf_dynptr_data(&p, 0, 4);
  if (!d)
    return 0;
  *(volatile __u64 *)&q = 0;
  return d[0];
}
SEC("raw_tp") int slice_used_before_reinit(void *ctx) {
  struct bpf_dynptr p;
  char *d;
  int r;
  if (map_dynptr(&p))
    return 0;
  d = bpf_dynptr_data(&p, 0, 4);
  if (!d)
    return 0;
  r = d[3];
  map_dynptr(&p);
  return r;
}
SEC("tc") int skb_reinit_keeps_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[4] = {};
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 4);
  if (!d)
    return 0;
  bpf_dynptr_from_skb(skb, 0, &p);
  return d[0];
}
SEC("tc") int buf_store_kills_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  *(volatile char *)&buf[5] = 1;
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'buf_store_kills_slice': R{{[0-9]}} invalid mem access 'scalar'
SEC("tc") int buf_helper_write_kills_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  bpf_dynptr_read(buf, 8, &p, 8, 0);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'buf_helper_write_kills_slice': R{{[0-9]}} invalid mem access 'scalar'
SEC("tc") int write_next_to_buf_keeps_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] __attribute__((aligned(8))) = {};
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 4);
  if (!d)
    return 0;
  *(volatile char *)&buf[6] = 1;
  return d[0];
}
SEC("tc") int buf_reused_keeps_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d, *e;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  e = bpf_dynptr_slice(&p, 8, buf, 8);
  if (!e)
    return 0;
  return d[0] + e[0];
}
SEC("tc") int store_over_dynptr_keeps_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  *(volatile __u64 *)&p = 0;
  return d[0];
}

SEC("raw_tp") int local_buf_store_kills_slice(void *ctx) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d;
  if (map_dynptr(&p))
    return 0;
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  *(volatile char *)&buf[2] = 1;
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'local_buf_store_kills_slice': R{{[0-9]}} invalid mem access 'scalar'
static __attribute__((noinline)) int slice_into(struct __sk_buff *skb,
                                                char *buf, int poke) {
  struct bpf_dynptr p;
  char *d;
  bpf_dynptr_from_skb(skb, 0, &p);
  d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  if (poke)
    buf[3] = 1;
  return d[1];
}
SEC("tc") int callee_slices_caller_buf(struct __sk_buff *skb) {
  char buf[8] = {};
  return slice_into(skb, buf, 0);
}
SEC("tc") int callee_writes_caller_buf(struct __sk_buff *skb) {
  char buf[8] = {};
  return slice_into(skb, buf, 1);
}
// CHECK-DAG: error: BPF verifier would reject program 'callee_writes_caller_buf': R{{[0-9]}} invalid mem access 'scalar'

// VERDICT:      13 programs
// VERDICT-NEXT: buf_helper_write_kills_slice: reject
// VERDICT-NEXT: buf_reused_keeps_slice: accept
// VERDICT-NEXT: buf_store_kills_slice: reject
// VERDICT-NEXT: callee_slices_caller_buf: accept
// VERDICT-NEXT: callee_writes_caller_buf: reject
// VERDICT-NEXT: local_buf_store_kills_slice: reject
// VERDICT-NEXT: other_dynptr_keeps_slice: accept
// VERDICT-NEXT: reinit_kills_slice: reject
// VERDICT-NEXT: skb_reinit_keeps_slice: accept
// VERDICT-NEXT: slice_used_before_reinit: accept
// VERDICT-NEXT: store_kills_slice: reject
// VERDICT-NEXT: store_over_dynptr_keeps_slice: accept
// VERDICT-NEXT: write_next_to_buf_keeps_slice: accept

// KERNEL-DAG: reinit_kills_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: store_kills_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: other_dynptr_keeps_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: slice_used_before_reinit: ours=accept kernel=accept message=n/a
// KERNEL-DAG: local_buf_store_kills_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: skb_reinit_keeps_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: buf_store_kills_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: buf_helper_write_kills_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: write_next_to_buf_keeps_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: buf_reused_keeps_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: store_over_dynptr_keeps_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: callee_slices_caller_buf: ours=accept kernel=accept message=n/a
// KERNEL-DAG: callee_writes_caller_buf: ours=reject kernel=reject message=match
