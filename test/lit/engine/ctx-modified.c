// The context pointer moved by a variable amount before a load: the kernel
// forbids variable offsets into ctx ("variable ctx access ... disallowed").
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int ctx_modified(struct xdp_md *ctx) {
  __u32 *p = &ctx->data;
  p += ctx->rx_queue_index & 3;
  return *(volatile __u32 *)p ? XDP_DROP : XDP_PASS;
  // CHECK: ctx-modified.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'ctx_modified': variable ctx access var_off=(0x0; 0xc) disallowed
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: ctx_modified: reject

// KERNEL: ctx_modified: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
