// Global functions are verified once, from their prototype: a `void *ctx`
// parameter without the arg:ctx tag has no size the kernel can check, a
// pointer parameter may be NULL inside the function, and a caller must pass
// what the prototype promises.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int first_byte(struct __sk_buff *skb) {
  return skb->len > 0;
}

SEC("tc") int typed_ctx(struct __sk_buff *skb) { return first_byte(skb); }

__attribute__((noinline)) int untyped_ctx(void *ctx) { return ctx != 0; }

SEC("tc") int void_ctx(struct __sk_buff *skb) {
  return untyped_ctx(skb);
  // CHECK: global-function.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'void_ctx': arg#0 reference type('UNKNOWN ') size cannot be determined: -22
  // CHECK: note: the kernel adds: Caller passes invalid args into func#1 ('untyped_ctx')
}

__attribute__((noinline)) int read_slot(int *slot) { return *slot; }

SEC("tc") int nullable_param(struct __sk_buff *skb) {
  int v = skb->mark;
  return read_slot(&v);
}
// CHECK: global-function.c:{{[0-9]+}}:{{[0-9]+}}: warning: BPF verifier would reject program 'nullable_param': R1 invalid mem access 'mem_or_null'

__attribute__((noinline)) int scale(int x) { return x * 3; }

SEC("tc") int scalar_param(struct __sk_buff *skb) { return scale(skb->mark) & 1; }

// Every program's verdict, with or without the kernel:
// VERDICT:      4 programs
// VERDICT-NEXT: nullable_param: reject
// VERDICT-NEXT: scalar_param: accept
// VERDICT-NEXT: typed_ctx: accept
// VERDICT-NEXT: void_ctx: reject

// KERNEL-DAG: typed_ctx: ours=accept kernel=accept
// KERNEL-DAG: void_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: nullable_param: ours=reject kernel=reject message=match
// KERNEL-DAG: scalar_param: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
