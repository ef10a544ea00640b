// The signature audit compares against the C prototype as the BPF ABI
// lowers it: an empty struct takes no register and a struct of up to 16
// bytes travels as one value. Neither is a change made by the optimizer, so
// neither is an internal error.
// RUN: %clang_bpf -c %s -o %t.o 2>&1 | FileCheck %s --allow-empty --implicit-check-not=error:
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -Rpass-analysis=verifiable -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct empty {};
struct pair {
  long a, b;
};

static __attribute__((noinline)) int take_empty(struct empty e, int x) {
  return x + 1;
}
static __attribute__((noinline)) long take_pair(struct pair p) {
  return p.a + p.b;
}

SEC("xdp") int prog(struct xdp_md *ctx) {
  struct empty e;
  struct pair p = {ctx->ingress_ifindex, 2};
  return take_empty(e, ctx->ingress_ifindex) + take_pair(p);
}

char LICENSE[] SEC("license") = "GPL";

// OFF-NOT: BTF of 'take_empty' does not match
// OFF-NOT: BTF of 'take_pair' does not match
