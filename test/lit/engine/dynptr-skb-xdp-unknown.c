// What the engine does not model about packet dynptrs stays unknown, with
// the reason (the running 6.18 kernel accepts all three): skb metadata
// dynptrs, the skb argument of a tracing program, and slices of ring buffer
// dynptrs (the kernel ties them to no reference, so they outlive the
// reservation).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags,
                               struct bpf_dynptr *ptr__uninit) __ksym;
extern int bpf_dynptr_from_skb_meta(struct __sk_buff *s, __u64 flags,
                                    struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
                              void *buffer__opt, __u32 buffer__szk) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} rb SEC(".maps");

SEC("tc") int skb_meta(struct __sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb_meta(skb, 0, &p);
  return 0;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'skb_meta': call of kfunc 'bpf_dynptr_from_skb_meta' is not modelled yet

SEC("tp_btf/kfree_skb")
int BPF_PROG(tracing_skb, struct sk_buff *skb) {
  struct bpf_dynptr p;
  bpf_dynptr_from_skb((struct __sk_buff *)skb, 0, &p);
  return 0;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'tracing_skb': the context argument of kfunc 'bpf_dynptr_from_skb' in this program type is not modelled

SEC("raw_tp") int ringbuf_slice(void *ctx) {
  struct bpf_dynptr p;
  char *d;
  int r = 0;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &p);
  d = bpf_dynptr_slice(&p, 0, 0, 8);
  if (d)
    r = d[0];
  bpf_ringbuf_discard_dynptr(&p, 0);
  return r;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'ringbuf_slice': a slice of a ring buffer dynptr is not modelled

// VERDICT:      3 programs
// VERDICT-NEXT: ringbuf_slice: unknown
// VERDICT-NEXT: skb_meta: unknown
// VERDICT-NEXT: tracing_skb: unknown
