// The plugin keeps the passes that rewrite static signatures from running
// on BPF modules with debug info: dead argument elimination (every -O level)
// and argument promotion (-O3). In check-only mode, and on modules without
// debug info (no BTF to keep truthful), they run as usual.
// RUN: %clang_bpf_plain -S -emit-llvm -Xclang -disable-llvm-passes -c %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),deadargelim,verifiable-signature-audit<strict>' -S %t.ll | FileCheck %s --check-prefix=DAE
// RUN: %opt -verifiable-transforms=false -passes='function(mem2reg),deadargelim' -S %t.ll | FileCheck %s --check-prefix=DAE-OFF
// RUN: %opt -passes='function(sroa),cgscc(argpromotion),verifiable-signature-audit<strict>' -S %t.ll | FileCheck %s --check-prefix=PROMO
// RUN: %opt -verifiable-transforms=false -passes='function(sroa),cgscc(argpromotion)' -S %t.ll | FileCheck %s --check-prefix=PROMO-OFF
// RUN: %opt -passes='default<O3>,verifiable-signature-audit<strict>' -S %t.ll | FileCheck %s --check-prefix=O3
// RUN: %clang_bpf_plain -g0 -S -emit-llvm -Xclang -disable-llvm-passes -c %s -o %t.nodebug.ll
// RUN: %opt -passes='function(mem2reg),deadargelim' -S %t.nodebug.ll | FileCheck %s --check-prefix=DAE-OFF
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
  int a, b;
};

static __attribute__((noinline)) int pick(int used, int unused) {
  return used * 3;
}
static __attribute__((noinline)) int sum(const struct pair *p) {
  return p->a + p->b;
}

SEC("xdp") int prog(struct xdp_md *ctx) {
  struct pair p = {ctx->ingress_ifindex, ctx->rx_queue_index};
  return pick(ctx->ingress_ifindex, 7) + sum(&p);
}

char LICENSE[] SEC("license") = "GPL";

// DAE: define internal i32 @pick(i32 noundef %0, i32 noundef %1)
// DAE-OFF: define internal i32 @pick(i32 noundef %0)

// PROMO: define internal i32 @sum(ptr noundef %0)
// PROMO-OFF: define internal i32 @sum(i32 {{.*}}, i32 {{.*}})

// O3-NOT: DW_CC_nocall
// O3: define internal {{.*}}i32 @pick(i32 noundef %0, i32 noundef %1)
// O3: define internal {{.*}}i32 @sum(ptr noundef {{.*}}%0)
// O3-NOT: DW_CC_nocall
