// The conntrack kfuncs from tc and XDP: lookups and allocations take the
// context, a tuple and options as memory-and-size pairs (NULL refused, as
// for trusted arguments on 6.18) and return acquired, maybe-NULL nf_conn
// and nf_conn___init pointers; the set/change kfuncs take one kind each;
// bpf_ct_insert_entry() turns one into the other; only the `mark` of a
// connection may be written. Every verdict checked against 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
struct nf_conn *bpf_xdp_ct_lookup(struct xdp_md *, struct bpf_sock_tuple *, u32, struct bpf_ct_opts *, u32) __ksym;
struct nf_conn *bpf_skb_ct_lookup(struct __sk_buff *, struct bpf_sock_tuple *, u32, struct bpf_ct_opts *, u32) __ksym;
struct nf_conn___init *bpf_xdp_ct_alloc(struct xdp_md *, struct bpf_sock_tuple *, u32, struct bpf_ct_opts *, u32) __ksym;
struct nf_conn___init *bpf_skb_ct_alloc(struct __sk_buff *, struct bpf_sock_tuple *, u32, struct bpf_ct_opts *, u32) __ksym;
struct nf_conn *bpf_ct_insert_entry(struct nf_conn___init *) __ksym;
void bpf_ct_release(struct nf_conn *) __ksym;
void bpf_ct_set_timeout(struct nf_conn___init *, u32) __ksym;
int bpf_ct_change_timeout(struct nf_conn *, u32) __ksym;
int bpf_ct_set_status(const struct nf_conn___init *, u32) __ksym;
int bpf_ct_change_status(struct nf_conn *, u32) __ksym;
int bpf_ct_set_nat_info(struct nf_conn___init *, union nf_inet_addr *, int port, enum nf_nat_manip_type) __ksym;
char LICENSE[] SEC("license") = "GPL";

SEC("xdp") int xdp_lookup(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  int m = 0;
  if (ct) {
    m = ct->mark;
    bpf_ct_release(ct);
  }
  return m ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xdp_lookup_leak(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  return ct ? XDP_DROP : XDP_PASS;
}
SEC("xdp") int xdp_lookup_null_tuple(struct xdp_md *ctx) {
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, NULL, 0, &o, sizeof(o));
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
SEC("xdp") int xdp_lookup_null_opts(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t.ipv4), NULL, 0);
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
SEC("xdp") int xdp_lookup_unchecked(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  int m = ct->mark;
  bpf_ct_release(ct);
  return m;
}
SEC("xdp") int xdp_lookup_bad_ctx(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup((struct xdp_md *)&o, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
SEC("xdp") int xdp_lookup_big_tuple(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t) + 8, &o, sizeof(o));
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
SEC("tc") int tc_alloc_insert(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  struct nf_conn *ct;
  union nf_inet_addr a = {};
  if (!ci)
    return 0;
  bpf_ct_set_timeout(ci, 10000);
  bpf_ct_set_status(ci, 8);
  bpf_ct_set_nat_info(ci, &a, 80, NF_NAT_MANIP_SRC);
  ct = bpf_ct_insert_entry(ci);
  if (!ct)
    return 0;
  bpf_ct_change_timeout(ct, 5000);
  bpf_ct_change_status(ct, 8);
  ct->mark = 7;
  bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_alloc_release_init(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ci)
    return 0;
  bpf_ct_release((struct nf_conn *)ci);
  return 0;
}
SEC("tc") int tc_write_mark_init(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  struct nf_conn *ct;
  if (!ci)
    return 0;
  ((struct nf_conn *)ci)->mark = 3;
  ct = bpf_ct_insert_entry(ci);
  if (ct)
    bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_write_status(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_skb_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ct)
    return 0;
  ct->status = 0;
  bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_write_mark_byte(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_skb_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ct)
    return 0;
  *(u8 *)&ct->mark = 1;
  bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_set_timeout_after_insert(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  struct nf_conn *ct;
  if (!ci)
    return 0;
  ct = bpf_ct_insert_entry(ci);
  if (!ct)
    return 0;
  bpf_ct_set_timeout((struct nf_conn___init *)ct, 0);
  bpf_ct_release(ct);
  return 0;
}
SEC("tp_btf/sys_enter") int tracing_ct(void *ctx) {
  struct nf_conn *ct = 0;
  bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_insert_twice(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  struct nf_conn *ct;
  if (!ci)
    return 0;
  ct = bpf_ct_insert_entry(ci);
  if (!ct)
    return 0;
  ct = bpf_ct_insert_entry((struct nf_conn___init *)ct);
  if (ct)
    bpf_ct_release(ct);
  return 0;
}
SEC("tc") int tc_read_after_release(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_skb_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ct)
    return 0;
  bpf_ct_release(ct);
  return ct->mark;
}
SEC("tc") int tc_write_mark_wide(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn *ct = bpf_skb_ct_lookup(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ct)
    return 0;
  *(u64 *)&ct->mark = 1;
  bpf_ct_release(ct);
  return 0;
}
__be32 gaddr[4];
SEC("xdp") int xdp_nat_global(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_xdp_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  struct nf_conn *ct;
  if (!ci)
    return XDP_PASS;
  bpf_ct_set_nat_info(ci, (union nf_inet_addr *)gaddr, 0, NF_NAT_MANIP_DST);
  ct = bpf_ct_insert_entry(ci);
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
__be32 small;
SEC("xdp") int xdp_nat_small(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_xdp_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ci)
    return XDP_PASS;
  bpf_ct_set_nat_info(ci, (union nf_inet_addr *)&small, 0, NF_NAT_MANIP_DST);
  bpf_ct_release((struct nf_conn *)ci);
  return XDP_PASS;
}
SEC("xdp") int xdp_lookup_opts_small(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  int o = 0;
  struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &t, sizeof(t.ipv4), (struct bpf_ct_opts *)&o, 12);
  if (ct)
    bpf_ct_release(ct);
  return XDP_PASS;
}
SEC("xdp") int xdp_alloc_leak_init(struct xdp_md *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_xdp_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  return ci ? XDP_DROP : XDP_PASS;
}
SEC("tc") int tc_change_timeout_after_alloc(struct __sk_buff *ctx) {
  struct bpf_sock_tuple t = {};
  struct bpf_ct_opts o = {.netns_id = -1, .l4proto = 6};
  struct nf_conn___init *ci = bpf_skb_ct_alloc(ctx, &t, sizeof(t.ipv4), &o, sizeof(o));
  if (!ci)
    return 0;
  bpf_ct_change_timeout((struct nf_conn *)ci, 0);
  bpf_ct_release((struct nf_conn *)ci);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_leak': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_null_tuple': Possibly NULL pointer passed to trusted arg1
// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_null_opts': Possibly NULL pointer passed to trusted arg3
// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_unchecked': R0 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_bad_ctx': arg#0 expected pointer to ctx, but got fp
// CHECK-DAG: error: BPF verifier would reject program 'xdp_lookup_big_tuple': invalid read from stack R2 off=-40 size=44
// CHECK-DAG: error: BPF verifier would reject program 'tc_alloc_release_init': kernel function bpf_ct_release args#0 expected pointer to STRUCT nf_conn but R1 has a pointer to STRUCT nf_conn___init
// CHECK-DAG: error: BPF verifier would reject program 'tc_write_status': no write support to nf_conn at off 128
// CHECK-DAG: error: BPF verifier would reject program 'tc_set_timeout_after_insert': kernel function bpf_ct_set_timeout args#0 expected pointer to STRUCT nf_conn___init but R1 has a pointer to STRUCT nf_conn
// CHECK-DAG: error: BPF verifier would reject program 'tracing_ct': calling kernel function bpf_ct_release is not allowed
// CHECK-DAG: error: BPF verifier would reject program 'tc_insert_twice': kernel function bpf_ct_insert_entry args#0 expected pointer to STRUCT nf_conn___init but R1 has a pointer to STRUCT nf_conn
// CHECK-DAG: error: BPF verifier would reject program 'tc_read_after_release': R6 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'tc_write_mark_wide': write access at off 168 with size 8 beyond the member of nf_conn ended at 172
// CHECK-DAG: error: BPF verifier would reject program 'xdp_nat_small': invalid access to map value, value_size=20 off=16 size=16
// CHECK-DAG: error: BPF verifier would reject program 'xdp_alloc_leak_init': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'tc_change_timeout_after_alloc': kernel function bpf_ct_change_timeout args#0 expected pointer to STRUCT nf_conn but R1 has a pointer to STRUCT nf_conn___init

// VERDICT:      22 programs
// VERDICT-NEXT: tc_alloc_insert: accept
// VERDICT-NEXT: tc_alloc_release_init: reject
// VERDICT-NEXT: tc_change_timeout_after_alloc: reject
// VERDICT-NEXT: tc_insert_twice: reject
// VERDICT-NEXT: tc_read_after_release: reject
// VERDICT-NEXT: tc_set_timeout_after_insert: reject
// VERDICT-NEXT: tc_write_mark_byte: accept
// VERDICT-NEXT: tc_write_mark_init: accept
// VERDICT-NEXT: tc_write_mark_wide: reject
// VERDICT-NEXT: tc_write_status: reject
// VERDICT-NEXT: tracing_ct: reject
// VERDICT-NEXT: xdp_alloc_leak_init: reject
// VERDICT-NEXT: xdp_lookup: accept
// VERDICT-NEXT: xdp_lookup_bad_ctx: reject
// VERDICT-NEXT: xdp_lookup_big_tuple: reject
// VERDICT-NEXT: xdp_lookup_leak: reject
// VERDICT-NEXT: xdp_lookup_null_opts: reject
// VERDICT-NEXT: xdp_lookup_null_tuple: reject
// VERDICT-NEXT: xdp_lookup_opts_small: accept
// VERDICT-NEXT: xdp_lookup_unchecked: reject
// VERDICT-NEXT: xdp_nat_global: accept
// VERDICT-NEXT: xdp_nat_small: reject

// KERNEL-DAG: xdp_lookup: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_lookup_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_null_tuple: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_null_opts: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_bad_ctx: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_big_tuple: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_nat_global: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_nat_small: ours=reject kernel=reject message=match
// KERNEL-DAG: xdp_lookup_opts_small: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_alloc_leak_init: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_alloc_insert: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_alloc_release_init: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_write_mark_init: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_write_status: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_write_mark_byte: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_set_timeout_after_insert: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_insert_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_read_after_release: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_write_mark_wide: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_change_timeout_after_alloc: ours=reject kernel=reject message=match
// KERNEL-DAG: tracing_ct: ours=reject kernel=reject message=match
