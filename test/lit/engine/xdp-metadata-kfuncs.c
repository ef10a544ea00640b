// The XDP metadata kfuncs need a device-bound program: the kernel refuses
// any program that calls one, reachable or not, before verifying it, and
// these programs are not bound to a device. Every verdict checked against
// 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
extern int bpf_xdp_metadata_rx_timestamp(const struct xdp_md *ctx, __u64 *timestamp) __ksym;
extern int bpf_xdp_metadata_rx_hash(const struct xdp_md *ctx, __u32 *hash, enum xdp_rss_hash_type *rss_type) __ksym;
char LICENSE[] SEC("license") = "GPL";
SEC("xdp") int rx_ts(struct xdp_md *ctx) {
  __u64 ts = 0;
  bpf_xdp_metadata_rx_timestamp(ctx, &ts);
  return ts ? XDP_PASS : XDP_DROP;
}
SEC("xdp") int rx_hash_late(struct xdp_md *ctx) {
  __u32 h = 0;
  enum xdp_rss_hash_type t;
  if (ctx->data_end > 0)
    return XDP_PASS;
  bpf_xdp_metadata_rx_hash(ctx, &h, &t);
  return h ? XDP_PASS : XDP_DROP;
}

// CHECK-DAG: error: BPF verifier would reject program 'rx_ts': metadata kfuncs require device-bound program
// CHECK-DAG: error: BPF verifier would reject program 'rx_hash_late': metadata kfuncs require device-bound program

// VERDICT:      2 programs
// VERDICT-NEXT: rx_hash_late: reject
// VERDICT-NEXT: rx_ts: reject

// KERNEL-DAG: rx_ts: ours=reject kernel=reject message=match
// KERNEL-DAG: rx_hash_late: ours=reject kernel=reject message=match
