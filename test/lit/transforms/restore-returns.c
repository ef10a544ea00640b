// IPSCCP alone: the constant returned by a static function is propagated
// into the caller and the callee's return is zapped to poison. The value
// remembered before IPSCCP is put back at the end.
// RUN: %clang_bpf_plain -S -emit-llvm -Xclang -disable-llvm-passes -c %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),ipsccp' -S %t.ll | FileCheck %s --check-prefix=ZAPPED
// RUN: %opt -passes='function(mem2reg),verifiable-remember-returns,ipsccp,verifiable-restore-returns' -S %t.ll | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int seven(int x) {
  bpf_printk("x %d", x);
  return 7;
}
static __attribute__((noinline)) int twice(int x) { return x * 2; }

SEC("xdp") int prog(struct xdp_md *ctx) {
  return seven(ctx->ingress_ifindex) + twice(ctx->rx_queue_index);
}

char LICENSE[] SEC("license") = "GPL";

// ZAPPED-LABEL: define internal i32 @seven(
// ZAPPED: ret i32 {{undef|poison}}

// CHECK-LABEL: define internal i32 @seven(
// CHECK: ret i32 7
// CHECK-LABEL: define internal i32 @twice(
// CHECK: ret i32 %
