// Programs typed by the target kernel's BTF that cannot be judged are
// `unknown`, with a remark naming what is missing, never accepted or
// rejected on a guess: an attach target the target BTF lacks (libbpf fails
// the load), an iterator whose context is not described or that the kernel
// refuses before verifying it, program types not modelled yet (freplace),
// global functions whose parameters carry tags not modelled yet,
// and any of them when no target BTF is given.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json -Rpass-analysis=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %clang_bpf -I%t -c %s -o %t/n.o -mllvm -verifiable-target-btf=none -mllvm -verifiable-report=%t/n.json -Rpass-analysis=verifiable 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: %verdicts %t/n.json | FileCheck %s --check-prefix=NONE-VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("tp_btf/no_such_tracepoint") int missing_target(u64 *ctx) { return 0; }
// CHECK-DAG: remark: {{.*}}'missing_target'{{.*}}attach target 'no_such_tracepoint' (typedef btf_trace_no_such_tracepoint) is not in the target kernel's BTF

SEC("iter/kmem_cache")
int undescribed_iterator(struct bpf_iter__kmem_cache *ctx) {
  return 0;
}
// CHECK-DAG: remark: {{.*}}'undescribed_iterator'{{.*}}the context of iterator 'kmem_cache' is not described yet

SEC("iter/bpf_map_elem")
int map_element_iterator(struct bpf_iter__bpf_map_elem *ctx) {
  return 0;
}
// CHECK-DAG: remark: {{.*}}'map_element_iterator'{{.*}}iterator 'bpf_map_elem': the 6.18 kernel refuses map element iterators before verifying them (EPERM)

SEC("freplace/do_nanosleep") int freplace_prog(u64 *ctx) { return 0; }
// CHECK-DAG: remark: {{.*}}'freplace_prog'{{.*}}program type BPF_PROG_TYPE_EXT (section 'freplace/do_nanosleep') is not modelled

// A global function's parameter tagged arg:arena (libbpf's __arg_arena)
// points into an arena map: not modelled yet.
__noinline int arena_word(
    int *p __attribute__((btf_decl_tag("arg:arena")))) {
  return p ? *p : 0;
}
SEC("tp_btf/sched_switch") int arena_arg(u64 *ctx) {
  return arena_word((void *)0);
}
// CHECK-DAG: remark: {{.*}}'arena_arg'{{.*}}parameter 0 of global function 'arena_word' is tagged arg:arena, which is not modelled yet

SEC("tp_btf/sched_switch") int described(u64 *ctx) { return 0; }

// VERDICT:      6 programs
// VERDICT-NEXT: arena_arg: unknown
// VERDICT-NEXT: described: accept
// VERDICT-NEXT: freplace_prog: unknown
// VERDICT-NEXT: map_element_iterator: unknown
// VERDICT-NEXT: missing_target: unknown
// VERDICT-NEXT: undescribed_iterator: unknown

// Without a target BTF, no BTF-typed program is judged.
// NONE-DAG: remark: {{.*}}'described'{{.*}}is typed by the target kernel's BTF: no target kernel BTF was given (-verifiable-target-btf)
// NONE-VERDICT:      6 programs
// NONE-VERDICT-NEXT: arena_arg: unknown
// NONE-VERDICT-NEXT: described: unknown
// NONE-VERDICT-NEXT: freplace_prog: unknown
// NONE-VERDICT-NEXT: map_element_iterator: unknown
// NONE-VERDICT-NEXT: missing_target: unknown
// NONE-VERDICT-NEXT: undescribed_iterator: unknown

char LICENSE[] SEC("license") = "GPL";
