// skb and xdp dynptrs: bpf_dynptr_from_skb/xdp take the program's own,
// unmodified context, in the program types their kfunc sets name; slices
// (bpf_dynptr_slice) take an optional buffer checked like a helper's memory
// with a constant size, and are maybe-NULL memory of that size, read-only;
// a slice of an skb or xdp dynptr dies with the packet pointers (helpers
// that move packet data, bpf_dynptr_write through an skb dynptr). The host
// kernel refuses bpf_dynptr_slice_rdwr() everywhere, once its arguments
// pass. bpf_dynptr_data() on a packet dynptr verifies (it returns NULL at
// run time).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags,
                               struct bpf_dynptr *ptr__uninit) __ksym;
extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags,
                               struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
                              void *buffer__opt, __u32 buffer__szk) __ksym;
extern void *bpf_dynptr_slice_rdwr(const struct bpf_dynptr *p, __u32 offset,
                                   void *buffer__opt,
                                   __u32 buffer__szk) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p,
                            struct bpf_dynptr *clone__uninit) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, char[64]);
} arr SEC(".maps");

volatile __u32 len_knob = 8;

// Where the kfuncs may be called.
SEC("tc") int tc_from_skb(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  return bpf_dynptr_from_skb(skb, 0, &p);
}
SEC("socket") int socket_from_skb(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb(skb, 0, &p);
  return 0;
}
SEC("cgroup_skb/ingress") int cgskb_from_skb(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb(skb, 0, &p);
  return 1;
}
SEC("lwt_in") int lwt_from_skb(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb(skb, 0, &p);
  return 0;
}
SEC("xdp") int xdp_from_xdp(struct xdp_md *x) {
  struct bpf_dynptr p;
  return bpf_dynptr_from_xdp(x, 0, &p);
}
SEC("flow_dissector") int flow_from_skb(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb(skb, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'flow_from_skb': calling kernel function bpf_dynptr_from_skb is not allowed
SEC("raw_tp") int rawtp_from_xdp(void *ctx) {
  struct bpf_dynptr p;
  bpf_dynptr_from_xdp(ctx, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'rawtp_from_xdp': calling kernel function bpf_dynptr_from_xdp is not allowed
SEC("tc") int tc_from_xdp(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_xdp((void *)skb, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_from_xdp': calling kernel function bpf_dynptr_from_xdp is not allowed

// The context argument.
SEC("tc") int tc_ctx_modified(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb((void *)skb + 8, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_ctx_modified': dereference of modified ctx ptr R1 off=8 disallowed
SEC("tc") int tc_ctx_on_stack(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char b[8] = {};
  bpf_dynptr_from_skb((void *)b, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_ctx_on_stack': arg#0 expected pointer to ctx, but got fp
SEC("tc") int tc_ctx_null(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb((void *)0, 0, &p);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_ctx_null': Possibly NULL pointer passed to trusted arg0

// Slices and their buffers.
SEC("tc") int tc_slice(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  return d ? d[7] : 0;
}
SEC("xdp") int xdp_slice_no_buffer(struct xdp_md *x) {
  struct bpf_dynptr p;
  bpf_dynptr_from_xdp(x, 0, &p);
  char *d = bpf_dynptr_slice(&p, 14, 0, 20);
  return d ? d[19] : XDP_PASS;
}
SEC("tc") int tc_slice_map_buffer(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  int k = 0;
  char *v = bpf_map_lookup_elem(&arr, &k);
  if (!v)
    return 0;
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, v, 64);
  return d ? d[63] : 0;
}
SEC("tc") int tc_slice_unchecked(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_unchecked': R0 invalid mem access 'rdonly_mem_or_null'
SEC("tc") int tc_slice_past_end(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  return d ? d[8] : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_past_end': invalid access to memory, mem_size=8 off=8 size=1
SEC("tc") int tc_slice_write(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (d)
    d[0] = 1;
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_write': R0 cannot write into rdonly_mem
SEC("tc") int tc_small_buffer(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 9);
  return d ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_small_buffer': invalid read from stack R3 off -24+8 size 9
SEC("tc") int tc_unbounded_len(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, len_knob);
  return d ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_unbounded_len': R4 unbounded memory access, use 'var &= const' or 'if (var < const)'
SEC("tc") int tc_variable_len(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  __u32 n = len_knob;
  bpf_dynptr_from_skb(skb, 0, &p);
  if (n > 8)
    return 0;
  char *d = bpf_dynptr_slice(&p, 0, buf, n);
  return d ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_variable_len': R4 must be a known constant
SEC("tc") int tc_slice_uninit(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  return d ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_uninit': Expected an initialized dynptr as arg #0
SEC("tc") int tc_slice_rdwr(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice_rdwr(&p, 0, buf, 8);
  return d ? 1 : 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_rdwr': bpf_dynptr_slice_rdwr() is not allowed
SEC("raw_tp") int rawtp_local_slice(void *ctx) {
  struct bpf_dynptr p;
  int k = 0;
  char *v = bpf_map_lookup_elem(&arr, &k);
  if (!v)
    return 0;
  bpf_dynptr_from_mem(v, 64, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, 0, 16);
  return d ? d[15] : 0;
}

// Slices die with the packet data.
SEC("tc") int tc_slice_after_pull(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  bpf_skb_pull_data(skb, 0);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_after_pull': R{{[0-9]}} invalid mem access 'scalar'
SEC("xdp") int xdp_slice_after_adjust(struct xdp_md *x) {
  struct bpf_dynptr p;
  bpf_dynptr_from_xdp(x, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, 0, 8);
  if (!d)
    return 0;
  bpf_xdp_adjust_head(x, 0);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'xdp_slice_after_adjust': R{{[0-9]}} invalid mem access 'scalar'
SEC("tc") int tc_slice_after_write(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  bpf_dynptr_write(&p, 0, buf, 1, 0);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_slice_after_write': R{{[0-9]}} invalid mem access 'scalar'
SEC("tc") int tc_packet_after_write(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  char *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  if (data + 1 > end)
    return 0;
  bpf_dynptr_from_skb(skb, 0, &p);
  bpf_dynptr_write(&p, 0, buf, 1, 0);
  return *data;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_packet_after_write': R{{[0-9]}} invalid mem access 'scalar'
SEC("xdp") int xdp_slice_after_write(struct xdp_md *x) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_xdp(x, 0, &p);
  char *d = bpf_dynptr_slice(&p, 0, buf, 8);
  if (!d)
    return 0;
  bpf_dynptr_write(&p, 0, buf, 1, 0);
  return d[0];
}

// Reads, writes and data through packet dynptrs.
SEC("tc") int tc_read(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  char buf[8] = {};
  bpf_dynptr_from_skb(skb, 0, &p);
  bpf_dynptr_read(buf, 8, &p, 0, 0);
  return buf[1];
}
SEC("tc") int tc_data(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb(skb, 0, &p);
  char *d = bpf_dynptr_data(&p, 0, 8);
  return d ? d[0] : 0;
}
SEC("xdp") int xdp_clone_slice(struct xdp_md *x) {
  struct bpf_dynptr p, c;
  bpf_dynptr_from_xdp(x, 0, &p);
  bpf_dynptr_clone(&p, &c);
  char *d = bpf_dynptr_slice(&c, 0, 0, 4);
  if (!d)
    return XDP_PASS;
  bpf_xdp_adjust_tail(x, 0);
  return d[0];
}
// CHECK-DAG: error: BPF verifier would reject program 'xdp_clone_slice': R{{[0-9]}} invalid mem access 'scalar'

// VERDICT:      31 programs
// VERDICT-NEXT: cgskb_from_skb: accept
// VERDICT-NEXT: flow_from_skb: reject
// VERDICT-NEXT: lwt_from_skb: accept
// VERDICT-NEXT: rawtp_from_xdp: reject
// VERDICT-NEXT: rawtp_local_slice: accept
// VERDICT-NEXT: socket_from_skb: accept
// VERDICT-NEXT: tc_ctx_modified: reject
// VERDICT-NEXT: tc_ctx_null: reject
// VERDICT-NEXT: tc_ctx_on_stack: reject
// VERDICT-NEXT: tc_data: accept
// VERDICT-NEXT: tc_from_skb: accept
// VERDICT-NEXT: tc_from_xdp: reject
// VERDICT-NEXT: tc_packet_after_write: reject
// VERDICT-NEXT: tc_read: accept
// VERDICT-NEXT: tc_slice: accept
// VERDICT-NEXT: tc_slice_after_pull: reject
// VERDICT-NEXT: tc_slice_after_write: reject
// VERDICT-NEXT: tc_slice_map_buffer: accept
// VERDICT-NEXT: tc_slice_past_end: reject
// VERDICT-NEXT: tc_slice_rdwr: reject
// VERDICT-NEXT: tc_slice_unchecked: reject
// VERDICT-NEXT: tc_slice_uninit: reject
// VERDICT-NEXT: tc_slice_write: reject
// VERDICT-NEXT: tc_small_buffer: reject
// VERDICT-NEXT: tc_unbounded_len: reject
// VERDICT-NEXT: tc_variable_len: reject
// VERDICT-NEXT: xdp_clone_slice: reject
// VERDICT-NEXT: xdp_from_xdp: accept
// VERDICT-NEXT: xdp_slice_after_adjust: reject
// VERDICT-NEXT: xdp_slice_after_write: accept
// VERDICT-NEXT: xdp_slice_no_buffer: accept

// KERNEL-DAG: tc_from_skb: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_from_xdp: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_ctx_modified: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_ctx_on_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_ctx_null: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_slice_map_buffer: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_slice_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_past_end: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_write: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_small_buffer: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_unbounded_len: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_variable_len: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_uninit: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_rdwr: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_after_pull: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_slice_after_write: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_packet_after_write: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_data: ours=accept kernel=accept message=n/a
// KERNEL-DAG: socket_from_skb: ours=accept kernel=accept message=n/a
// KERNEL-DAG: cgskb_from_skb: ours=accept kernel=accept message=n/a
// KERNEL-DAG: lwt_from_skb: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_from_xdp: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_slice_no_buffer: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_slice_after_adjust: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_slice_after_write: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_clone_slice: ours=reject kernel=reject message=match
// KERNEL-DAG: flow_from_skb: ours=reject kernel=reject message=match
// KERNEL-DAG: rawtp_from_xdp: ours=reject kernel=reject message=match
// KERNEL-DAG: rawtp_local_slice: ours=accept kernel=accept message=n/a
