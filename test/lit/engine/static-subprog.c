// A static noinline subprogram receives a NULL-checked map value and an
// index it bounds itself; the kernel verifies it at the call site and
// accepts.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
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

static __attribute__((noinline)) int bump(struct val *v, unsigned int i) {
  if (i >= 4)
    return 0;
  v->a[i] += 1;
  return 1;
}

// CHECK: static-subprog.c:[[@LINE+1]]:1: remark: program 'call_static' passes
SEC("xdp") int call_static(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  return bump(v, ctx->rx_queue_index) ? XDP_PASS : XDP_DROP;
}

// CHECK-NOT: error:

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: call_static: accept

// KERNEL: call_static: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
