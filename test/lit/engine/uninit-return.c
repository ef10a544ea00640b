// Returning an uninitialised variable: clang drops the undefined value, so
// the program exits without writing R0 and the kernel says "R0 !read_ok".
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wuninitialized"

SEC("xdp") int ret_uninit(struct xdp_md *ctx) {
  int r;
  return r;
  // CHECK: uninit-return.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'ret_uninit': R0 !read_ok
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: ret_uninit: reject

// KERNEL: ret_uninit: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
