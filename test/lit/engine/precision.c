// Pruning compares only the scalars a verified path depended on (the
// kernel's precision marks, lib/Analysis/Precision.h). Each program below
// has two paths that differ only in r7: the first one verified is safe, the
// second is not. Because the first path's verification depended on r7 (as
// a pointer offset, a decided branch, a helper's size, a spilled and filled
// offset, an argument of a static function, the return value), r7 is
// precise in the states it left, the second path is not pruned, and its
// error is found, as the kernel finds it.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} values SEC(".maps");

// r7 is 0 on the fall-through path (verified first) and 16 on the other.
#define TWO_PATHS                                                              \
  "call %[prandom]; r7 = 16; if r0 > 100 goto 1f; r7 = 0; 1:"
#define LOOKUP                                                                 \
  "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"                        \
  "r1 = %[map] ll; call %[lookup];"
#define OPERANDS                                                               \
  : : [map] "i"(&values), [lookup] "i"(BPF_FUNC_map_lookup_elem),                \
    [prandom] "i"(BPF_FUNC_get_prandom_u32),                                   \
    [probe_read] "i"(BPF_FUNC_probe_read_kernel)                               \
  : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"

SEC("tracepoint/syscalls/sys_enter_read")
__attribute__((naked)) int pointer_offset(void) {
  asm volatile(TWO_PATHS LOOKUP "if r0 == 0 goto 2f;"
                                "r0 += r7; r1 = *(u64 *)(r0 + 0);"
                                "2: r0 = 0; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'pointer_offset': invalid access to map value, value_size=8 off=16 size=8
}

SEC("tracepoint/syscalls/sys_enter_read")
__attribute__((naked)) int decided_branch(void) {
  asm volatile(TWO_PATHS LOOKUP "if r0 == 0 goto 2f;"
                                "if r7 > 8 goto 3f;"
                                "2: r0 = 0; exit;"
                                "3: r1 = *(u64 *)(r0 + 16); r0 = 0; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'decided_branch': invalid access to map value, value_size=8 off=16 size=8
}

SEC("tracepoint/syscalls/sys_enter_read")
__attribute__((naked)) int helper_size(void) {
  asm volatile(TWO_PATHS "r7 += 8; r1 = r10; r1 += -8; r2 = r7; r3 = 0;"
                         "call %[probe_read]; r0 = 0; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'helper_size': invalid write to stack R1 off=-8 size=24
}

SEC("tracepoint/syscalls/sys_enter_read")
__attribute__((naked)) int spilled_offset(void) {
  asm volatile(TWO_PATHS "*(u64 *)(r10 - 16) = r7;" LOOKUP
               "if r0 == 0 goto 2f;"
               "r8 = *(u64 *)(r10 - 16); r0 += r8; r1 = *(u64 *)(r0 + 0);"
               "2: r0 = 0; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'spilled_offset': invalid access to map value, value_size=8 off=16 size=8
}

SEC("tracepoint/syscalls/sys_enter_read")
__attribute__((naked)) int static_function_argument(void) {
  asm volatile(TWO_PATHS LOOKUP "if r0 == 0 goto 2f;"
                                "r1 = r0; r2 = r7; call read_at;"
                                "2: r0 = 0; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'static_function_argument': invalid access to map value, value_size=8 off=16 size=8
}

__attribute__((naked, noinline, used)) static int read_at(void) {
  asm volatile("r1 += r2; r0 = *(u64 *)(r1 + 0); exit");
}

SEC("cgroup_skb/ingress")
__attribute__((naked)) int return_value(void) {
  asm volatile("call %[prandom]; r7 = 2; if r0 > 100 goto 1f; r7 = 1; 1:"
               "call %[prandom]; r0 = r7; exit" OPERANDS);
  // CHECK: warning: BPF verifier would reject program 'return_value': At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
}

// VERDICT:      6 programs
// VERDICT-NEXT: decided_branch: reject
// VERDICT-NEXT: helper_size: reject
// VERDICT-NEXT: pointer_offset: reject
// VERDICT-NEXT: return_value: reject
// VERDICT-NEXT: spilled_offset: reject
// VERDICT-NEXT: static_function_argument: reject

// KERNEL-DAG: decided_branch: ours=reject kernel=reject message=match
// KERNEL-DAG: helper_size: ours=reject kernel=reject message=match
// KERNEL-DAG: pointer_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: return_value: ours=reject kernel=reject message=match
// KERNEL-DAG: spilled_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: static_function_argument: ours=reject kernel=reject message=match

char LICENSE[] SEC("license") = "GPL";
