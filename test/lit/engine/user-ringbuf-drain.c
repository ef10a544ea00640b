// bpf_user_ringbuf_drain()'s callback is verified like bpf_loop's, as a
// loop over the helper call: R1 a read-only dynptr to the sample (the
// kernel's CONST_PTR_TO_DYNPTR), R2 the caller's context; it returns 0 or
// 1. The dynptr may be read through by the dynptr helpers and kfuncs,
// passed only unmodified, never released, reinitialised or dereferenced.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_USER_RINGBUF);
  __uint(max_entries, 4096);
} user_rb SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} rb SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} vals SEC(".maps");

extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p,
                            struct bpf_dynptr *clone__uninit) __ksym;

struct total {
  __u64 sum;
  __u32 samples;
};

static long add_sample(struct bpf_dynptr *dynptr, struct total *t) {
  __u64 v = 0;
  if (bpf_dynptr_read(&v, sizeof(v), dynptr, 0, 0))
    return 1;
  t->sum += v;
  t->samples++;
  return 0;
}

SEC("tc") int drain_reads(struct __sk_buff *skb) {
  struct total t = {};
  bpf_user_ringbuf_drain(&user_rb, add_sample, &t, 0);
  return t.samples;
}

static long slice_sample(struct bpf_dynptr *dynptr, void *ctx) {
  __u64 *p = bpf_dynptr_data(dynptr, 0, sizeof(*p));
  if (!p)
    return 1;
  return *p == 7;
}

SEC("tc") int drain_slice(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, slice_sample, 0, 0);
  return 0;
}

static long clone_sample(struct bpf_dynptr *dynptr, __u64 *out) {
  struct bpf_dynptr copy;
  if (bpf_dynptr_size(dynptr) < 8)
    return 0;
  bpf_dynptr_clone(dynptr, &copy);
  bpf_dynptr_read(out, sizeof(*out), &copy, 0, 0);
  return 0;
}

SEC("tc") int drain_kfuncs(struct __sk_buff *skb) {
  __u64 out = 0;
  bpf_user_ringbuf_drain(&user_rb, clone_sample, &out, 0);
  return out == 1;
}

static long discard_sample(struct bpf_dynptr *dynptr, void *ctx) {
  bpf_ringbuf_discard_dynptr(dynptr, 0);
  return 0;
}

SEC("tc") int drain_discard(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, discard_sample, 0, 0);
  return 0;
}

static long reinit_sample(struct bpf_dynptr *dynptr, void *ctx) {
  bpf_ringbuf_reserve_dynptr(&rb, 8, 0, dynptr);
  return 0;
}

SEC("tc") int drain_reinit(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, reinit_sample, 0, 0);
  return 0;
}

static long from_mem_sample(struct bpf_dynptr *dynptr, void *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&vals, &key);
  if (v)
    bpf_dynptr_from_mem(v, sizeof(*v), 0, dynptr);
  return 0;
}

SEC("tc") int drain_from_mem(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, from_mem_sample, 0, 0);
  return 0;
}

static long past_sample(struct bpf_dynptr *dynptr, void *ctx) {
  bpf_dynptr_data(dynptr + 1, 0, 8);
  return 0;
}

SEC("tc") int drain_modified(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, past_sample, 0, 0);
  return 0;
}

static long before_sample(struct bpf_dynptr *dynptr, void *ctx) {
  __u64 v;
  bpf_dynptr_read(&v, sizeof(v), dynptr - 1, 0, 0);
  return 0;
}

SEC("tc") int drain_negative(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, before_sample, 0, 0);
  return 0;
}

static long store_sample(struct bpf_dynptr *dynptr, void *ctx) {
  *(volatile __u64 *)dynptr = 0;
  return 0;
}

SEC("tc") int drain_store(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, store_sample, 0, 0);
  return 0;
}

static long load_sample(struct bpf_dynptr *dynptr, __u64 *out) {
  *out = *(volatile __u64 *)dynptr;
  return 0;
}

SEC("tc") int drain_load(struct __sk_buff *skb) {
  __u64 out = 0;
  bpf_user_ringbuf_drain(&user_rb, load_sample, &out, 0);
  return out == 3;
}

static long return_two(struct bpf_dynptr *dynptr, void *ctx) { return 2; }

SEC("tc") int drain_bad_return(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, return_two, 0, 0);
  return 0;
}

static long null_ctx(struct bpf_dynptr *dynptr, __u64 *ctx) {
  *ctx = 1;
  return 0;
}

SEC("tc") int drain_null_ctx(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, null_ctx, 0, 0);
  return 0;
}

static long past_ctx(struct bpf_dynptr *dynptr, __u64 *ctx) {
  ctx[1] = 1;
  return 0;
}

SEC("tc") int drain_past_ctx(struct __sk_buff *skb) {
  __u64 one = 0;
  bpf_user_ringbuf_drain(&user_rb, past_ctx, &one, 0);
  return one;
}

__noinline long global_size(struct bpf_dynptr *dynptr) {
  return bpf_dynptr_size(dynptr) > 8;
}

static long moved_to_global(struct bpf_dynptr *dynptr, void *ctx) {
  global_size(dynptr + 2);
  return 0;
}

SEC("tc") int drain_global_modified(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, moved_to_global, 0, 0);
  return 0;
}

// The dynptr is not a pointer a store spills: stored, it is plain data.
struct holder {
  struct bpf_dynptr *d;
  __u64 v;
};

static __noinline long read_held(struct holder *h) {
  return bpf_dynptr_read(&h->v, sizeof(h->v), h->d, 0, 0);
}

static long spill_sample(struct bpf_dynptr *dynptr, void *ctx) {
  struct holder h = {.d = dynptr};
  asm volatile("" ::: "memory");
  if (read_held(&h))
    return 1;
  return h.v == 5;
}

SEC("tc") int drain_spilled(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, spill_sample, 0, 0);
  return 0;
}

// bpf_dynptr_write takes a `const struct bpf_dynptr *`: allowed (it fails
// at run time on a read-only dynptr); a NULL test of the dynptr is fine.
static long write_sample(struct bpf_dynptr *dynptr, void *ctx) {
  __u64 v = 3;
  if (!dynptr)
    return 1;
  bpf_dynptr_write(dynptr, 0, &v, sizeof(v), 0);
  return 0;
}

SEC("tc") int drain_write(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&user_rb, write_sample, 0, 0);
  return 0;
}

static long first_only(struct bpf_dynptr *dynptr, void *ctx) { return 1; }

SEC("tc") int drain_wrong_map(struct __sk_buff *skb) {
  bpf_user_ringbuf_drain(&rb, first_only, 0, 0);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'drain_discard': cannot release unowned const bpf_dynptr
// CHECK-DAG: error: BPF verifier would reject program 'drain_reinit': Dynptr has to be an uninitialized dynptr
// CHECK-DAG: error: BPF verifier would reject program 'drain_from_mem': Dynptr has to be an uninitialized dynptr
// CHECK-DAG: error: BPF verifier would reject program 'drain_modified': dereference of modified dynptr_ptr ptr R1 off=16 disallowed
// CHECK-DAG: error: BPF verifier would reject program 'drain_negative': negative offset dynptr_ptr ptr R3 off=-16 disallowed
// CHECK-DAG: error: BPF verifier would reject program 'drain_store': R1 invalid mem access 'dynptr_ptr'
// CHECK-DAG: error: BPF verifier would reject program 'drain_load': R1 invalid mem access 'dynptr_ptr'
// CHECK-DAG: error: BPF verifier would reject program 'drain_bad_return': At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]
// CHECK-DAG: error: BPF verifier would reject program 'drain_null_ctx': R2 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'drain_past_ctx': invalid write to stack R2 off=0 size=8
// CHECK-DAG: error: BPF verifier would reject program 'drain_global_modified': dereference of modified dynptr_ptr ptr R1 off=32 disallowed
// CHECK-DAG: error: BPF verifier would reject program 'drain_spilled': R3 type=scalar expected=fp, dynptr_ptr
// CHECK-DAG: error: BPF verifier would reject program 'drain_wrong_map': cannot pass map_type 27 into func bpf_user_ringbuf_drain#209

// VERDICT:      17 programs
// VERDICT-NEXT: drain_bad_return: reject
// VERDICT-NEXT: drain_discard: reject
// VERDICT-NEXT: drain_from_mem: reject
// VERDICT-NEXT: drain_global_modified: reject
// VERDICT-NEXT: drain_kfuncs: accept
// VERDICT-NEXT: drain_load: reject
// VERDICT-NEXT: drain_modified: reject
// VERDICT-NEXT: drain_negative: reject
// VERDICT-NEXT: drain_null_ctx: reject
// VERDICT-NEXT: drain_past_ctx: reject
// VERDICT-NEXT: drain_reads: accept
// VERDICT-NEXT: drain_reinit: reject
// VERDICT-NEXT: drain_slice: accept
// VERDICT-NEXT: drain_spilled: reject
// VERDICT-NEXT: drain_store: reject
// VERDICT-NEXT: drain_write: accept
// VERDICT-NEXT: drain_wrong_map: reject

// KERNEL-DAG: drain_reads: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drain_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drain_kfuncs: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drain_discard: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_reinit: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_from_mem: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_modified: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_negative: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_store: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_load: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_bad_return: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_null_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_past_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_global_modified: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_spilled: ours=reject kernel=reject message=match
// KERNEL-DAG: drain_write: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drain_wrong_map: ours=reject kernel=reject message=match
