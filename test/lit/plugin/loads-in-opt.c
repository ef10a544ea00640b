// opt-22 loads the plugin and runs its IR pass by name. In check-only mode
// dead argument elimination drops the unused parameter of a static function,
// and the signature audit reports that its BTF would now lie. (With the
// transforms on, the plugin keeps deadargelim from running at all: see
// transforms/guard-skips-deadargelim.ll.)
// RUN: %clang_bpf_plain -S -emit-llvm -Xclang -disable-llvm-passes -c %s -o %t.ll
// RUN: %opt -verifiable-transforms=false -passes='function(mem2reg),deadargelim,verifiable-signature-audit' -pass-remarks-analysis=verifiable -disable-output %t.ll 2>&1 | FileCheck %s
// CHECK: BTF of 'pick' does not match its code: it has 1 parameters in code but 2 in C
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int pick(int used, int unused) { return used * 3; }

SEC("xdp") int prog(struct xdp_md *ctx) { return pick(ctx->ingress_ifindex, 7); }

char LICENSE[] SEC("license") = "GPL";
