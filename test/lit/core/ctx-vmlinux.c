// Context accesses through vmlinux.h types reach the context rules: CO-RE
// loads of xdp_md's packet pointers and of __sk_buff fields, CO-RE stores
// (CORE_ST) to writable and read-only __sk_buff fields, and a field
// existence check, each decided like the running kernel decides it.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int xdp_checked(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if (data + 14 > end)
    return XDP_DROP;
  return ((unsigned char *)data)[12] == 8 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int xdp_unchecked(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  return ((unsigned char *)data)[12] == 8 ? XDP_PASS : XDP_DROP;
  // CHECK: ctx-vmlinux.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'xdp_unchecked': invalid access to packet, off=12 size=1, R1(id=0,off=12,r=0)
}

SEC("tc") int set_mark(struct __sk_buff *skb) {
  skb->mark = 5;
  skb->cb[1] = skb->len;
  if (bpf_core_field_exists(skb->tstamp_type))
    return skb->tstamp_type;
  return 0;
}

SEC("tc") int store_len(struct __sk_buff *skb) {
  skb->len = 5;
  // CHECK: ctx-vmlinux.c:[[@LINE-1]]:12: error: BPF verifier would reject program 'store_len': invalid bpf_context access off=0 size=4
  return 0;
}

// VERDICT:      4 programs
// VERDICT-NEXT: set_mark: accept
// VERDICT-NEXT: store_len: reject
// VERDICT-NEXT: xdp_checked: accept
// VERDICT-NEXT: xdp_unchecked: reject

// KERNEL-DAG: xdp_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: set_mark: ours=accept kernel=accept message=n/a
// KERNEL-DAG: store_len: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
