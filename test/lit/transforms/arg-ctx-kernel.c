// REQUIRES: kernel-bpf
// A global function taking the context as `void *`: the kernel refuses it
// unless the parameter is tagged arg:ctx. Plain clang's object is rejected;
// with the plugin the tag is inferred (BTF DECL_TAG, component_idx 0) and the
// kernel loads both programs.
// RUN: %clang_bpf_plain -c %s -o %t.plain.o
// RUN: %bpf-kernel-check %t.plain.o | FileCheck %s --check-prefix=PLAIN
// RUN: %clang_bpf -c %s -o %t.o
// RUN: %bpftool btf dump file %t.o | FileCheck %s --check-prefix=BTF
// RUN: %bpf-kernel-check %t.o | FileCheck %s --check-prefix=KERNEL
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int verdict(void *ctx) {
  return bpf_get_prandom_u32() & 1 ? XDP_PASS : XDP_DROP;
}

__attribute__((noinline)) int relay(void *ctx, int bias) {
  return verdict(ctx) + bias;
}

SEC("xdp") int direct(struct xdp_md *ctx) { return verdict(ctx); }
SEC("xdp") int relayed(struct xdp_md *ctx) { return relay(ctx, 0); }

char LICENSE[] SEC("license") = "GPL";

// PLAIN-DAG: "name": "direct", {{.*}}"verdict": "reject", {{.*}}"message": "arg#0 reference type('UNKNOWN ') size cannot be determined: -22"
// PLAIN-DAG: "name": "relayed", {{.*}}"verdict": "reject"

// BTF:      FUNC 'verdict' type_id={{[0-9]+}} linkage=global
// BTF-NEXT: DECL_TAG 'arg:ctx' type_id={{[0-9]+}} component_idx=0
// BTF:      FUNC 'relay' type_id={{[0-9]+}} linkage=global
// BTF-NEXT: DECL_TAG 'arg:ctx' type_id={{[0-9]+}} component_idx=0

// KERNEL-DAG: "name": "direct", {{.*}}"verdict": "accept"
// KERNEL-DAG: "name": "relayed", {{.*}}"verdict": "accept"
