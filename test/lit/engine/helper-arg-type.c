// bpf_map_lookup_elem's key must point to memory: a scalar (including NULL)
// or the context is refused with "R2 type=... expected=fp, pkt, ...". The
// kernel truncates the list of expected types; so do we.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, int);
  __type(value, long);
} counts SEC(".maps");

SEC("xdp") int scalar_key(struct xdp_md *ctx) {
  long *v = bpf_map_lookup_elem(&counts, (void *)(long)ctx->rx_queue_index);
  // CHECK: helper-arg-type.c:[[@LINE-1]]:13: error: BPF verifier would reject program 'scalar_key': R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_{{$}}
  return v ? XDP_DROP : XDP_PASS;
}

SEC("xdp") int ctx_as_key(struct xdp_md *ctx) {
  long *v = bpf_map_lookup_elem(&counts, ctx);
  // CHECK: helper-arg-type.c:[[@LINE-1]]:13: error: BPF verifier would reject program 'ctx_as_key': R2 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_{{$}}
  return v ? XDP_DROP : XDP_PASS;
}

SEC("xdp") int null_key(struct xdp_md *ctx) {
  long *v = bpf_map_lookup_elem(&counts, 0);
  // CHECK: helper-arg-type.c:[[@LINE-1]]:13: error: BPF verifier would reject program 'null_key': R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_{{$}}
  return v ? XDP_DROP : XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: ctx_as_key: reject
// VERDICT-NEXT: null_key: reject
// VERDICT-NEXT: scalar_key: reject

// KERNEL: scalar_key: ours=reject kernel=reject message=match
// KERNEL: ctx_as_key: ours=reject kernel=reject message=match
// KERNEL: null_key: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
