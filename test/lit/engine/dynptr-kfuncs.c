// The dynptr kfuncs that only look at a dynptr or make another one:
// bpf_dynptr_size/is_null/is_rdonly/adjust take an initialised dynptr on
// the stack, bpf_dynptr_clone makes a dynptr of the same type that shares a
// ring buffer dynptr's reference: releasing either one releases both, and
// one of them must be released. Prototypes come from the running kernel's
// BTF.
// REQUIRES: vmlinux-btf
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern _Bool bpf_dynptr_is_null(const struct bpf_dynptr *p) __ksym;
extern _Bool bpf_dynptr_is_rdonly(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start,
                             __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p,
                            struct bpf_dynptr *clone__uninit) __ksym;

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

SEC("xdp") int queries(struct xdp_md *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&buf, &k);
  struct bpf_dynptr d;
  if (!v)
    return XDP_PASS;
  bpf_dynptr_from_mem(v, 64, 0, &d);
  return bpf_dynptr_size(&d) + bpf_dynptr_is_null(&d) +
         bpf_dynptr_is_rdonly(&d);
}

SEC("xdp") int size_uninit(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  return bpf_dynptr_size(&d);
  // CHECK-DAG: dynptr-kfuncs.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'size_uninit': Expected an initialized dynptr as arg #0
}

SEC("xdp") int size_of_ctx(struct xdp_md *ctx) {
  return bpf_dynptr_size((void *)ctx);
  // CHECK-DAG: dynptr-kfuncs.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'size_of_ctx': arg#0 expected pointer to stack or const struct bpf_dynptr
}

SEC("xdp") int adjust_then_read(struct xdp_md *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&buf, &k);
  struct bpf_dynptr d;
  char c = 0;
  if (!v)
    return XDP_PASS;
  bpf_dynptr_from_mem(v, 64, 0, &d);
  bpf_dynptr_adjust(&d, 4, 8);
  bpf_dynptr_read(&c, 1, &d, 0, 0);
  return c ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int clone_then_submit(struct xdp_md *ctx) {
  struct bpf_dynptr d, c;
  long v = 1;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  bpf_dynptr_clone(&d, &c);
  bpf_dynptr_adjust(&c, 8, 16);
  bpf_dynptr_write(&c, 0, &v, 8, 0);
  bpf_ringbuf_submit_dynptr(&d, 0);
  return XDP_PASS;
}

SEC("xdp") int clone_after_submit(struct xdp_md *ctx) {
  struct bpf_dynptr d, c;
  long v = 1;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  bpf_dynptr_clone(&d, &c);
  bpf_ringbuf_submit_dynptr(&d, 0);
  bpf_dynptr_write(&c, 0, &v, 8, 0);
  // CHECK-DAG: dynptr-kfuncs.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'clone_after_submit': Expected an initialized dynptr as arg #0
  return XDP_PASS;
}

SEC("xdp") int discard_the_clone(struct xdp_md *ctx) {
  struct bpf_dynptr d, c;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  bpf_dynptr_clone(&d, &c);
  bpf_ringbuf_discard_dynptr(&c, 0);
  return XDP_PASS;
}

SEC("xdp") int clone_leaks(struct xdp_md *ctx) {
  struct bpf_dynptr d, c;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  bpf_dynptr_clone(&d, &c);
  return XDP_PASS;
  // CHECK-DAG: dynptr-kfuncs.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'clone_leaks': Unreleased reference id=2 alloc_insn=7
}

// Every program's verdict, with or without the kernel:
// VERDICT:      8 programs
// VERDICT-NEXT: adjust_then_read: accept
// VERDICT-NEXT: clone_after_submit: reject
// VERDICT-NEXT: clone_leaks: reject
// VERDICT-NEXT: clone_then_submit: accept
// VERDICT-NEXT: discard_the_clone: accept
// VERDICT-NEXT: queries: accept
// VERDICT-NEXT: size_of_ctx: reject
// VERDICT-NEXT: size_uninit: reject

// KERNEL-DAG: queries: ours=accept kernel=accept
// KERNEL-DAG: size_uninit: ours=reject kernel=reject message=match
// KERNEL-DAG: size_of_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: adjust_then_read: ours=accept kernel=accept
// KERNEL-DAG: clone_then_submit: ours=accept kernel=accept
// KERNEL-DAG: clone_after_submit: ours=reject kernel=reject message=match
// KERNEL-DAG: discard_the_clone: ours=accept kernel=accept
// KERNEL-DAG: clone_leaks: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
