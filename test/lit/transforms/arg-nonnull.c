// arg:nonnull inference: a global function that dereferences a pointer
// parameter without a NULL check is refused by the kernel ("R1 invalid mem
// access 'mem_or_null'") unless the parameter is tagged arg:nonnull and every
// caller passes a pointer the kernel knows is not NULL. The tag is added
// when every call passes a stack slot, a map value checked against NULL, or
// another such parameter; a parameter the body checks itself, and one that
// some call may pass as NULL, are left alone.
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t.o
// RUN: %bpftool btf dump file %t.o | FileCheck %s
// RUN: %clang_bpf_plain -c %s -o %t.plain.o
// RUN: %if kernel-bpf %{ %bpf-kernel-check %t.plain.o | FileCheck %s --check-prefix=PLAIN %}
// RUN: %if kernel-bpf %{ %bpf-kernel-check %t.o | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NOINLINE __attribute__((noinline))

struct pair {
  int a, b;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, struct pair);
} pairs SEC(".maps");

NOINLINE int sum(struct pair *p) { return p->a + p->b; }
NOINLINE int relay(struct pair *p) { return sum(p) + 1; }
NOINLINE int checked(struct pair *p) { return p ? p->a : 0; }
NOINLINE int first(struct pair *p) { return p->a; }

SEC("xdp") int from_stack(struct xdp_md *ctx) {
  struct pair p = {ctx->ingress_ifindex, ctx->rx_queue_index};
  return (relay(&p) + checked(&p)) & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int from_map(struct xdp_md *ctx) {
  __u32 key = 0;
  struct pair *p = bpf_map_lookup_elem(&pairs, &key);
  int n = checked(p);
  if (!p)
    return XDP_PASS;
  return (sum(p) + n) & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp") int maybe_null(struct xdp_md *ctx) {
  __u32 key = 1;
  return first(bpf_map_lookup_elem(&pairs, &key)) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK:      FUNC 'sum' type_id={{[0-9]+}} linkage=global
// CHECK-NEXT: DECL_TAG 'arg:nonnull' type_id={{[0-9]+}} component_idx=0
// CHECK:      FUNC 'relay' type_id={{[0-9]+}} linkage=global
// CHECK-NEXT: DECL_TAG 'arg:nonnull' type_id={{[0-9]+}} component_idx=0
// CHECK:      FUNC 'checked' type_id={{[0-9]+}} linkage=global
// CHECK-NOT:  DECL_TAG
// CHECK:      FUNC 'first' type_id={{[0-9]+}} linkage=global
// CHECK-NOT:  DECL_TAG

// PLAIN-DAG: "name": "from_stack", {{.*}}"verdict": "reject", {{.*}}"message": "R1 invalid mem access 'mem_or_null'"
// PLAIN-DAG: "name": "from_map", {{.*}}"verdict": "reject"
// KERNEL-DAG: "name": "from_stack", {{.*}}"verdict": "accept"
// KERNEL-DAG: "name": "from_map", {{.*}}"verdict": "accept"
// KERNEL-DAG: "name": "maybe_null", {{.*}}"verdict": "reject"
