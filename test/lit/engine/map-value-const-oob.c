// A constant offset one element past the end of a map value: the kernel's
// "invalid access to map value, value_size=32 off=32 size=8". The twin reads
// the last element and is accepted.
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

SEC("xdp") int read_past_end(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  return v->a[4] ? XDP_DROP : XDP_PASS;
  // CHECK: map-value-const-oob.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'read_past_end': invalid access to map value, value_size=32 off=32 size=8
}

// CHECK: map-value-const-oob.c:[[@LINE+1]]:1: remark: program 'read_last' passes
SEC("xdp") int read_last(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  return v->a[3] ? XDP_DROP : XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: read_last: accept
// VERDICT-NEXT: read_past_end: reject

// KERNEL: read_past_end: ours=reject kernel=reject message=match
// KERNEL: read_last: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
