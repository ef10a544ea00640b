// A load from offset 100 of struct xdp_md, past its last field: the
// kernel's "invalid bpf_context access off=100 size=4". Reading a real field
// is accepted.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int ctx_past_end(struct xdp_md *ctx) {
  return *(volatile __u32 *)((char *)ctx + 100) ? XDP_DROP : XDP_PASS;
  // CHECK: ctx-out-of-range-xdp.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'ctx_past_end': invalid bpf_context access off=100 size=4
}

// CHECK: ctx-out-of-range-xdp.c:[[@LINE+1]]:1: remark: program 'ctx_field' passes
SEC("xdp") int ctx_field(struct xdp_md *ctx) {
  return ctx->rx_queue_index ? XDP_DROP : XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: ctx_field: accept
// VERDICT-NEXT: ctx_past_end: reject

// KERNEL: ctx_past_end: ours=reject kernel=reject message=match
// KERNEL: ctx_field: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
