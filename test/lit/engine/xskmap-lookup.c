// An xskmap's value is the AF_XDP socket bound to a queue: a lookup gives a
// read-only struct bpf_xdp_sock that may be NULL (libxdp's default program
// only tests it). Its one field, queue_id, is read whole; no store, no
// arithmetic, and it is not memory a helper may take.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_XSKMAP);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u32);
} xsks SEC(".maps");

SEC("xdp") int xsk_redirect_if_bound(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  if (bpf_map_lookup_elem(&xsks, &q))
    return bpf_redirect_map(&xsks, q, 0);
  return XDP_PASS;
}
SEC("xdp") int xsk_read_queue_id(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  return xs->queue_id == q ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xsk_read_unchecked(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *xs = bpf_map_lookup_elem(&xsks, &q);
  return xs->queue_id == q ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xsk_read_narrow(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  return *(volatile __u16 *)&xs->queue_id ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xsk_read_past(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  return *(volatile __u32 *)((char *)xs + 4) ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xsk_write(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  *(volatile __u32 *)&xs->queue_id = 1;
  return XDP_PASS;
}
SEC("xdp") int xsk_arith(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  char *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  xs += ctx->rx_queue_index & 3;
  return *(volatile __u8 *)xs ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xsk_pass_to_helper(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  void *xs = bpf_map_lookup_elem(&xsks, &q);
  if (!xs)
    return XDP_PASS;
  bpf_map_update_elem(&xsks, &q, xs, 0);
  return XDP_PASS;
}
SEC("xdp") int xsk_spill(struct xdp_md *ctx) {
  __u32 q = ctx->rx_queue_index;
  struct bpf_xdp_sock *volatile xs = bpf_map_lookup_elem(&xsks, &q);
  struct bpf_xdp_sock *p = xs;
  if (!p)
    return XDP_PASS;
  return p->queue_id ? XDP_DROP : XDP_PASS;
}
SEC("tc") int tc_xsk_lookup(struct __sk_buff *skb) {
  __u32 q = 0;
  return bpf_map_lookup_elem(&xsks, &q) ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'xsk_read_unchecked': R0 invalid mem access 'xdp_sock_or_null'
// CHECK-DAG: error: BPF verifier would reject program 'xsk_read_narrow': R1 invalid xdp_sock access off=0 size=2
// CHECK-DAG: error: BPF verifier would reject program 'xsk_read_past': R1 invalid xdp_sock access off=4 size=4
// CHECK-DAG: error: BPF verifier would reject program 'xsk_write': R0 cannot write into xdp_sock
// CHECK-DAG: error: BPF verifier would reject program 'xsk_arith': R1 pointer arithmetic on xdp_sock prohibited
// CHECK-DAG: error: BPF verifier would reject program 'xsk_pass_to_helper': R3 type=xdp_sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
// VERDICT:      10 programs
// VERDICT-NEXT: tc_xsk_lookup: accept
// VERDICT-NEXT: xsk_arith: reject
// VERDICT-NEXT: xsk_pass_to_helper: reject
// VERDICT-NEXT: xsk_read_narrow: reject
// VERDICT-NEXT: xsk_read_past: reject
// VERDICT-NEXT: xsk_read_queue_id: accept
// VERDICT-NEXT: xsk_read_unchecked: reject
// VERDICT-NEXT: xsk_redirect_if_bound: accept
// VERDICT-NEXT: xsk_spill: accept
// VERDICT-NEXT: xsk_write: reject
// KERNEL-DAG: xsk_redirect_if_bound: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xsk_read_queue_id: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xsk_read_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_read_narrow: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_read_past: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_write: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_arith: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_pass_to_helper: ours=reject kernel=reject message=match
// KERNEL-DAG: xsk_spill: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_xsk_lookup: ours=accept kernel=accept message=n/a
