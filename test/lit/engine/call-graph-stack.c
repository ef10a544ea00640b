// Limits the kernel checks over the static call graph once every path is
// verified: the stack of a call chain (each frame rounded up) may not pass
// 512 bytes, and a chain may not reach 8 frames, so recursion is refused
// even when it ends.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int sum_big(int seed) {
  volatile char buf[320];
  buf[seed & 255] = 1;
  return buf[0];
}

SEC("xdp") int combined_too_big(struct xdp_md *ctx) {
  volatile char frame[320];
  frame[ctx->ingress_ifindex & 255] = 2;
  return sum_big(frame[1]) + frame[0];
  // CHECK: call-graph-stack.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'combined_too_big': combined stack size of 2 calls is 640. Too large
}

static __attribute__((noinline)) int fib(int n) {
  if (n <= 1)
    return n;
  return fib(n - 1) + fib(n - 2);
}

SEC("xdp") int recursion(struct xdp_md *ctx) {
  return fib(ctx->ingress_ifindex & 3) == 2 ? XDP_PASS : XDP_DROP;
  // CHECK: call-graph-stack.c:{{[0-9]+}}:{{[0-9]+}}: warning: BPF verifier would reject program 'recursion': the call stack of 8 frames is too deep !
}

SEC("xdp") int small_frames(struct xdp_md *ctx) {
  volatile char frame[64];
  frame[ctx->ingress_ifindex & 63] = 2;
  return sum_big(frame[1]) & 1;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: combined_too_big: reject
// VERDICT-NEXT: recursion: reject
// VERDICT-NEXT: small_frames: accept

// KERNEL-DAG: combined_too_big: ours=reject kernel=reject message=match
// KERNEL-DAG: recursion: ours=reject kernel=reject message=match
// KERNEL-DAG: small_frames: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
