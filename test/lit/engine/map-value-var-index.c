// A map value indexed by a value from the context. Without a bound the
// kernel says "R0 unbounded memory access"; with `i < 4` it accepts; with the
// off-by-one `i <= 4` the largest offset reaches the end of the value.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val {
  long a[4];
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct val);
} vals SEC(".maps");

SEC("xdp") int index_unbounded(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  unsigned int i = ctx->rx_queue_index;
  v->a[i] = 1;
  // CHECK: map-value-var-index.c:[[@LINE-1]]:11: error: BPF verifier would reject program 'index_unbounded': R0 unbounded memory access, make sure to bounds check any such access
  // CHECK: note: the offset added to this pointer has no upper bound
  return XDP_PASS;
}

// CHECK: map-value-var-index.c:[[@LINE+1]]:1: remark: program 'index_bounded' passes
SEC("xdp") int index_bounded(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  unsigned int i = ctx->rx_queue_index;
  if (i < 4)
    v->a[i] = 1;
  return XDP_PASS;
}

SEC("xdp") int index_off_by_one(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  unsigned int i = ctx->rx_queue_index;
  if (i <= 4)
    v->a[i] = 1;
  // CHECK: map-value-var-index.c:[[@LINE-1]]:13: error: BPF verifier would reject program 'index_off_by_one': invalid access to map value, value_size=32 off=32 size=8
  // CHECK: note: the largest offset this pointer may have is 32
  return XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: index_bounded: accept
// VERDICT-NEXT: index_off_by_one: reject
// VERDICT-NEXT: index_unbounded: reject

// KERNEL: index_unbounded: ours=reject kernel=reject message=match
// KERNEL: index_bounded: ours=accept kernel=accept message=n/a
// KERNEL: index_off_by_one: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
