// Dynptrs on the stack (two STACK_DYNPTR slots): local ones over map
// values, ring buffer ones that hold a reference until submitted or
// discarded (also when the reservation failed), slices from
// bpf_dynptr_data() that may be NULL, are as long as asked and die with a
// ring buffer dynptr, and the kernel's refusals: overwriting a referenced
// dynptr, releasing one that holds no reference, reading its bytes.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} rb SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, char[64]);
} buf SEC(".maps");

SEC("xdp") int rb_write(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  long v = 1;
  bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &d);
  bpf_dynptr_write(&d, 0, &v, 8, 0);
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int rb_leak_on_fail(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  if (bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &d))
    return XDP_PASS;
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}
// CHECK-DAG: dynptr.c:[[@LINE-1]]:1: warning: BPF verifier would reject program 'rb_leak_on_fail': Unreleased reference id=2 alloc_insn=6

SEC("xdp") int rb_slice(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  long *p = bpf_dynptr_data(&d, 0, 16);
  if (p) {
    p[0] = 1;
    p[1] = 2;
  }
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int rb_slice_too_short(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  long *p = bpf_dynptr_data(&d, 0, 8);
  if (p) {
    p[0] = 1;
    p[1] = 2;
    // CHECK-DAG: dynptr.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'rb_slice_too_short': invalid access to memory, mem_size=8 off=8 size=8
  }
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int rb_slice_unchecked(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  long *p = bpf_dynptr_data(&d, 0, 8);
  *p = 1;
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:6: warning: BPF verifier would reject program 'rb_slice_unchecked': R0 invalid mem access 'mem_or_null'
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int rb_slice_after_submit(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  long *p = bpf_dynptr_data(&d, 0, 8);
  if (!p) {
    bpf_ringbuf_discard_dynptr(&d, 0);
    return XDP_PASS;
  }
  bpf_ringbuf_submit_dynptr(&d, 0);
  *p = 1;
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:6: warning: BPF verifier would reject program 'rb_slice_after_submit': R6 invalid mem access 'scalar'
  return XDP_PASS;
}

SEC("xdp") int rb_overwrite(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  *(volatile long *)&d = 0;
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:24: warning: BPF verifier would reject program 'rb_overwrite': cannot overwrite referenced dynptr
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int rb_submit_twice(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  bpf_ringbuf_submit_dynptr(&d, 0);
  bpf_ringbuf_submit_dynptr(&d, 0);
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'rb_submit_twice': arg 1 is an unacquired reference
  return XDP_PASS;
}

SEC("xdp") int local_read(struct xdp_md *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&buf, &k);
  struct bpf_dynptr d;
  char out[8];
  if (!v)
    return XDP_PASS;
  bpf_dynptr_from_mem(v, 64, 0, &d);
  bpf_dynptr_read(out, 8, &d, 4, 0);
  return out[0] ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int local_over_stack(struct xdp_md *ctx) {
  char mem[16] = {};
  struct bpf_dynptr d;
  char out[8];
  bpf_dynptr_from_mem(mem, 16, 0, &d);
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'local_over_stack': Unsupported reg type fp for bpf_dynptr_from_mem data
  bpf_dynptr_read(out, 8, &d, 4, 0);
  return out[0] ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int read_uninit(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  char out[8];
  bpf_dynptr_read(out, 8, &d, 0, 0);
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'read_uninit': Expected an initialized dynptr as arg #2
  return out[0] ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int local_overwritten(struct xdp_md *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&buf, &k);
  struct bpf_dynptr d;
  if (!v)
    return XDP_PASS;
  bpf_dynptr_from_mem(v, 64, 0, &d);
  *(volatile long *)&d = 0;
  return XDP_PASS;
}

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} copies SEC(".maps");

SEC("xdp") int helper_reads_dynptr(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  int k = 0;
  bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &d);
  bpf_map_update_elem(&copies, &k, &d, 0);
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'helper_reads_dynptr': invalid read from stack R3 off -16+0 size 8
  bpf_ringbuf_discard_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int helper_writes_dynptr(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &d);
  bpf_probe_read_kernel(&d, 8, (void *)(long)ctx->data);
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'helper_writes_dynptr': potential write to dynptr at off=-16 disallowed
  bpf_ringbuf_discard_dynptr(&d, 0);
  return XDP_PASS;
}

// A global function's `const struct bpf_dynptr *` parameter takes a dynptr
// on the stack, nothing else.
__attribute__((noinline)) int peek(const struct bpf_dynptr *d) {
  char c = 0;
  bpf_dynptr_read(&c, 1, (struct bpf_dynptr *)d, 0, 0);
  return c;
}

SEC("xdp") int global_gets_ctx(struct xdp_md *ctx) {
  return peek((void *)ctx) ? XDP_PASS : XDP_DROP;
  // CHECK-DAG: dynptr.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'global_gets_ctx': arg#0 expected pointer to stack or const struct bpf_dynptr
}

// Every program's verdict, with or without the kernel:
// VERDICT:      15 programs
// VERDICT-NEXT: global_gets_ctx: reject
// VERDICT-NEXT: helper_reads_dynptr: reject
// VERDICT-NEXT: helper_writes_dynptr: reject
// VERDICT-NEXT: local_over_stack: reject
// VERDICT-NEXT: local_overwritten: accept
// VERDICT-NEXT: local_read: accept
// VERDICT-NEXT: rb_leak_on_fail: reject
// VERDICT-NEXT: rb_overwrite: reject
// VERDICT-NEXT: rb_slice: accept
// VERDICT-NEXT: rb_slice_after_submit: reject
// VERDICT-NEXT: rb_slice_too_short: reject
// VERDICT-NEXT: rb_slice_unchecked: reject
// VERDICT-NEXT: rb_submit_twice: reject
// VERDICT-NEXT: rb_write: accept
// VERDICT-NEXT: read_uninit: reject

// KERNEL-DAG: rb_write: ours=accept kernel=accept
// KERNEL-DAG: rb_leak_on_fail: ours=reject kernel=reject message=match
// KERNEL-DAG: rb_slice: ours=accept kernel=accept
// KERNEL-DAG: rb_slice_too_short: ours=reject kernel=reject message=match
// KERNEL-DAG: rb_slice_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: rb_slice_after_submit: ours=reject kernel=reject message=match
// KERNEL-DAG: rb_overwrite: ours=reject kernel=reject message=match
// KERNEL-DAG: rb_submit_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: local_read: ours=accept kernel=accept
// KERNEL-DAG: local_over_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: read_uninit: ours=reject kernel=reject message=match
// KERNEL-DAG: local_overwritten: ours=accept kernel=accept
// KERNEL-DAG: helper_reads_dynptr: ours=reject kernel=reject message=match
// KERNEL-DAG: global_gets_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: helper_writes_dynptr: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
