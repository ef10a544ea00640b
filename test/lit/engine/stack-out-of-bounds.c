// A static subprogram reads 600 bytes past a 16-byte buffer in its caller's
// frame (done in a callee so that clang cannot see, and drop, the undefined
// access): "invalid read from stack R1 off=584 size=1". Reading the last
// byte of the buffer is accepted.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int read_far(char *p) { return p[600]; }
// CHECK: stack-out-of-bounds.c:[[@LINE-1]]:65: error: BPF verifier would reject program 'stack_oob': invalid read from stack R1 off=584 size=1

static __attribute__((noinline)) int read_last(char *p) { return p[15]; }

SEC("xdp") int stack_oob(struct xdp_md *ctx) {
  char buf[16];
  __builtin_memset(buf, 0, sizeof(buf));
  return read_far(buf);
}

// CHECK: stack-out-of-bounds.c:[[@LINE+1]]:1: remark: program 'stack_in_bounds' passes
SEC("xdp") int stack_in_bounds(struct xdp_md *ctx) {
  char buf[16];
  __builtin_memset(buf, 0, sizeof(buf));
  return read_last(buf);
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: stack_in_bounds: accept
// VERDICT-NEXT: stack_oob: reject

// KERNEL: stack_oob: ours=reject kernel=reject message=match
// KERNEL: stack_in_bounds: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
