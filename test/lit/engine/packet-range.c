// Packet ranges as the kernel derives them: every comparison form against
// data_end gives the pointer's copies a range on the in-bounds side; a
// variable offset needs its own comparison; reading one byte past the
// checked range and checking on the wrong branch are rejected.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int parse_ip(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end)
    return XDP_DROP;
  if (eth->h_proto != bpf_htons(ETH_P_IP))
    return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > end)
    return XDP_DROP;
  return ip->protocol == 6 ? XDP_DROP : XDP_PASS;
}

SEC("xdp") int end_on_left(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  if (end < data + 8)
    return XDP_DROP;
  return *(long *)data == 0;
}

SEC("xdp") int wrong_branch(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  if (data + 14 <= end)
    return XDP_PASS;
  return *(unsigned char *)(data + 13);
  // CHECK: packet-range.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'wrong_branch': invalid access to packet, off=13 size=1, R1(id=0,off=13,r=0)
}

SEC("xdp") int variable_offset(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  if (data + 1 > end)
    return XDP_DROP;
  unsigned n = *(unsigned char *)data & 63;
  unsigned char *p = data + n;
  if ((void *)(p + 1) > end)
    return XDP_DROP;
  return p[1];
  // CHECK: packet-range.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'variable_offset': invalid access to packet, off=1 size=1, R1(id=1,off=1,r=1)
  // CHECK: note: the comparison with data_end proved 1 bytes from here; the access needs 2
}

SEC("xdp") int bounded_loop(struct xdp_md *ctx) {
  unsigned char *data = (void *)(long)ctx->data;
  unsigned char *end = (void *)(long)ctx->data_end;
  int sum = 0;
  for (int i = 0; i < 64; i++) {
    if (data + i + 1 > end)
      break;
    sum += data[i];
  }
  return sum & 3;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      5 programs
// VERDICT-NEXT: bounded_loop: accept
// VERDICT-NEXT: end_on_left: accept
// VERDICT-NEXT: parse_ip: accept
// VERDICT-NEXT: variable_offset: reject
// VERDICT-NEXT: wrong_branch: reject

// KERNEL-DAG: parse_ip: ours=accept kernel=accept
// KERNEL-DAG: end_on_left: ours=accept kernel=accept
// KERNEL-DAG: wrong_branch: ours=reject kernel=reject message=match
// KERNEL-DAG: variable_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: bounded_loop: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
