// IPSCCP propagates the constant a static function always returns into its
// callers and then stops returning it ("ret undef"); dead argument
// elimination turns the function void. With the transforms the function
// keeps returning its value in R0, as its BTF prototype says; so does one
// whose result no caller reads.
// RUN: %clang_bpf -c %s -o %t.o
// RUN: %llvm-objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=CODE
// RUN: %clang_bpf -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -S -emit-llvm %s -o - | FileCheck %s --check-prefix=OFF
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int always_zero(struct xdp_md *ctx) {
  bpf_printk("ifindex %d", ctx->ingress_ifindex);
  return 0;
}
static __attribute__((noinline)) int ignored(int x) {
  bpf_printk("x %d", x);
  return x * 2;
}

SEC("xdp") int prog(struct xdp_md *ctx) {
  ignored(ctx->rx_queue_index);
  return always_zero(ctx) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// CODE-LABEL: <always_zero>:
// CODE:      w0 = 0x0
// CODE-NEXT: exit

// IR: define internal {{.*}}i32 @ignored(i32 noundef %0)
// IR: define internal {{.*}}i32 @always_zero(ptr noundef {{.*}}%0)
// IR: ret i32 0

// OFF: define internal fastcc void @ignored(
// OFF: define internal fastcc void @always_zero(
