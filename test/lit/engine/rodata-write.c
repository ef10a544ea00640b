// A store into a `const volatile` global: .rodata is a read-only map, and
// the kernel says "write into map forbidden". Reading it is accepted.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile int limit = 10;

SEC("xdp") int write_rodata(struct xdp_md *ctx) {
  *(volatile int *)&limit = 5;
  // CHECK: rodata-write.c:[[@LINE-1]]:27: error: BPF verifier would reject program 'write_rodata': write into map forbidden, value_size=4 off=0 size=4
  return XDP_PASS;
}

// CHECK: rodata-write.c:[[@LINE+1]]:1: remark: program 'read_rodata' passes
SEC("xdp") int read_rodata(struct xdp_md *ctx) {
  return ctx->rx_queue_index < limit ? XDP_PASS : XDP_DROP;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: read_rodata: accept
// VERDICT-NEXT: write_rodata: reject

// KERNEL: write_rodata: ours=reject kernel=reject message=match
// KERNEL: read_rodata: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
