// Open-coded number iterators (bpf_iter_num_new/next/destroy, what bpf_for
// and bpf_repeat expand to): the iterator lives in stack slots, `next`
// returns NULL or a read-only pointer to an int that is not bounded by the
// range, an iterator never destroyed is a leak at exit, and a loop over a
// million numbers converges in a few iterations, as the kernel's does (the
// instruction budget below would stop an unrolled loop). Prototypes come
// from the running kernel's BTF.
// REQUIRES: vmlinux-btf
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-insn-budget=20000 -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %clang_bpf -c %s -o %t.none.o -mllvm -verifiable-target-btf=none -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.none.json 2>&1
// RUN: %verdicts %t.none.json | FileCheck %s --check-prefix=NOBTF
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "../Inputs/bpf_iter_num.h"

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long[16]);
} table SEC(".maps");

SEC("xdp") int sum_million(struct xdp_md *ctx) {
  long s = 0;
  int i;
  bpf_for(i, 0, 1000000) s += i;
  return s & 1;
}

SEC("xdp") int nested(struct xdp_md *ctx) {
  long s = 0;
  int i, j;
  bpf_for(i, 0, 100) bpf_for(j, 0, i) s += j;
  return s & 1;
}

SEC("tc") int repeat(struct __sk_buff *skb) {
  int n = 0;
  bpf_repeat(10) n ^= bpf_get_prandom_u32();
  return n & 1;
}

SEC("xdp") int index_in_range(struct xdp_md *ctx) {
  int k = 0, i;
  long *v = bpf_map_lookup_elem(&table, &k), s = 0;
  if (!v)
    return 0;
  bpf_for(i, 0, 16) s += v[i];
  return s & 1;
}

SEC("xdp") int index_unchecked(struct xdp_md *ctx) {
  int k = 0, *p;
  long *v = bpf_map_lookup_elem(&table, &k), s = 0;
  struct bpf_iter_num it;
  if (!v)
    return 0;
  bpf_iter_num_new(&it, 0, 16);
  while ((p = bpf_iter_num_next(&it)))
    s += v[*p];
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'index_unchecked': math between map_value pointer and register with unbounded min value is not allowed
  bpf_iter_num_destroy(&it);
  return s & 1;
}

SEC("xdp") int never_destroyed(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:3: note: the reference is acquired here; release it on every path before the program exits
  return XDP_PASS;
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'never_destroyed': Unreleased reference id=1 alloc_insn=4
}

SEC("xdp") int next_before_new(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  int *p = bpf_iter_num_next(&it);
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:12: warning: BPF verifier would reject program 'next_before_new': expected an initialized iter_num as arg #0
  return p ? *p : 0;
}

SEC("xdp") int element_unchecked(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  int *p = bpf_iter_num_next(&it);
  int v = *p;
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:11: warning: BPF verifier would reject program 'element_unchecked': R0 invalid mem access 'scalar'
  bpf_iter_num_destroy(&it);
  return v;
}

SEC("xdp") int destroyed_twice(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  bpf_iter_num_destroy(&it);
  bpf_iter_num_destroy(&it);
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'destroyed_twice': expected an initialized iter_num as arg #0
  return XDP_PASS;
}

SEC("xdp") int element_written(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  int *p = bpf_iter_num_next(&it);
  if (p)
    *p = 5;
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:8: warning: BPF verifier would reject program 'element_written': R0 cannot write into rdonly_mem
  bpf_iter_num_destroy(&it);
  return XDP_PASS;
}

SEC("xdp") int new_twice(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  bpf_iter_num_new(&it, 0, 10);
  bpf_iter_num_new(&it, 0, 20);
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'new_twice': expected uninitialized iter_num as arg #0
  bpf_iter_num_destroy(&it);
  return XDP_PASS;
}

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} copies SEC(".maps");

SEC("xdp") int helper_reads_iter(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  int k = 0;
  bpf_iter_num_new(&it, 0, 10);
  bpf_map_update_elem(&copies, &k, &it, 0);
  // CHECK-DAG: iter-num.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'helper_reads_iter': invalid read from stack R3 off -8+0 size 8
  bpf_iter_num_destroy(&it);
  return XDP_PASS;
}

// A sum kept in memory that is not the stack (a global, a map value) is
// never read back as that scalar, so it need not match between iterations
// and the loop converges as the kernel's does.
long total;
SEC("xdp") int sum_to_global(struct xdp_md *ctx) {
  long s = 0;
  int i;
  bpf_for(i, 0, 1000000) s += i;
  total = s;
  return XDP_PASS;
}

SEC("xdp") int sum_into_map_value(struct xdp_md *ctx) {
  int k = 0, i;
  long *v = bpf_map_lookup_elem(&table, &k);
  if (!v)
    return XDP_PASS;
  bpf_for(i, 0, 1000000) v[i & 15] += i;
  return XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      14 programs
// VERDICT-NEXT: destroyed_twice: reject
// VERDICT-NEXT: element_unchecked: reject
// VERDICT-NEXT: element_written: reject
// VERDICT-NEXT: helper_reads_iter: reject
// VERDICT-NEXT: index_in_range: accept
// VERDICT-NEXT: index_unchecked: reject
// VERDICT-NEXT: nested: accept
// VERDICT-NEXT: never_destroyed: reject
// VERDICT-NEXT: new_twice: reject
// VERDICT-NEXT: next_before_new: reject
// VERDICT-NEXT: repeat: accept
// VERDICT-NEXT: sum_into_map_value: accept
// VERDICT-NEXT: sum_million: accept
// VERDICT-NEXT: sum_to_global: accept

// Without a target BTF there is no prototype: every program is unknown.
// NOBTF:      14 programs
// NOBTF-NEXT: destroyed_twice: unknown
// NOBTF: sum_million: unknown

// KERNEL-DAG: sum_million: ours=accept kernel=accept
// KERNEL-DAG: sum_to_global: ours=accept kernel=accept
// KERNEL-DAG: sum_into_map_value: ours=accept kernel=accept
// KERNEL-DAG: nested: ours=accept kernel=accept
// KERNEL-DAG: repeat: ours=accept kernel=accept
// KERNEL-DAG: index_in_range: ours=accept kernel=accept
// KERNEL-DAG: index_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: never_destroyed: ours=reject kernel=reject message=match
// KERNEL-DAG: next_before_new: ours=reject kernel=reject message=match
// KERNEL-DAG: element_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: destroyed_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: element_written: ours=reject kernel=reject message=match
// KERNEL-DAG: new_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: helper_reads_iter: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
