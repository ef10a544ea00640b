// A packet read with no comparison against data_end: the kernel's "invalid
// access to packet" at the read, with a note at the pointer's origin that
// says which check is missing.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int read_proto(struct xdp_md *ctx) {
  struct ethhdr *eth = (void *)(long)ctx->data;
  return eth->h_proto == 8 ? XDP_DROP : XDP_PASS;
  // CHECK: packet-no-check.c:[[@LINE-1]]:15: error: BPF verifier would reject program 'read_proto': invalid access to packet, off=12 size=1, R1(id=0,off=12,r=0)
  // CHECK: packet-no-check.c:[[@LINE-3]]:43: note: no comparison with data_end covers this packet pointer; check 'ptr + 13 > data_end' before the access
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: read_proto: reject

// KERNEL: read_proto: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
