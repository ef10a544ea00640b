// A static subprogram that bounds-checks packet data against data_end before
// returning; the kernel accepts.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int first_byte(struct xdp_md *ctx) {
  unsigned char *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if ((void *)(data + 1) > end)
    return XDP_DROP;
  return data[0] == 0xff ? XDP_DROP : XDP_PASS;
}

// CHECK: static-subprog-packet.c:[[@LINE+1]]:1: remark: program 'call_packet' passes
SEC("xdp") int call_packet(struct xdp_md *ctx) {
  return first_byte(ctx);
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: call_packet: accept

// KERNEL: call_packet: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
