// The machine pass sees the final code of every BPF function, programs and
// subprograms alike, and says so in an analysis remark.
// RUN: %clang_bpf -c %s -o %t.o -Rpass-analysis=verifiable 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int add_one(int x) { return x + 1; }
// CHECK-DAG: remark: lowered 'add_one' to {{[0-9]+}} BPF instructions

SEC("xdp") int first(struct xdp_md *ctx) { return add_one(ctx->ingress_ifindex) > 1 ? XDP_PASS : XDP_DROP; }
// CHECK-DAG: remark: lowered 'first' to {{[0-9]+}} BPF instructions

SEC("socket") int second(struct __sk_buff *skb) { return 0; }
// CHECK-DAG: remark: lowered 'second' to {{[0-9]+}} BPF instructions

char LICENSE[] SEC("license") = "GPL";
