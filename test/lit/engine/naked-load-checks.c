// Hand-written assembly reaches checks compiled code never does: the kernel
// refuses malformed ALU encodings, unreachable instructions, reads of a
// write-only map, BPF_LD_ABS in a subprogram returning void, and one access
// instruction used with two kinds of pointers; it also accepts narrow fills
// that give back the spilled value. Each program's verdict and message are
// the kernel's.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __uint(map_flags, BPF_F_WRONLY_PROG);
  __type(key, __u32);
  __type(value, __u64);
} write_only SEC(".maps");

SEC("socket") __attribute__((naked)) int div_by_zero_imm(void) {
  asm volatile("r0 = 1; r0 /= 0; exit");
  // CHECK: naked-load-checks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'div_by_zero_imm': div by zero
}

SEC("socket") __attribute__((naked)) int shift_by_width(void) {
  asm volatile("w0 = 1; w0 <<= 32; exit");
  // CHECK: naked-load-checks.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'shift_by_width': invalid shift 32
}

SEC("socket") __attribute__((naked)) int dead_code(void) {
  asm volatile("r0 = 0; exit; r0 = 1; exit");
  // CHECK: warning: BPF verifier would reject program 'dead_code': unreachable insn 2
}

SEC("socket") __attribute__((naked)) int read_write_only_map(void) {
  asm volatile("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
               "r1 = %[map] ll; call %[lookup];"
               "if r0 == 0 goto 1f; r0 = *(u64 *)(r0 + 0);"
               "1: r0 = 0; exit"
               :
               : [map] "i"(&write_only), [lookup] "i"(BPF_FUNC_map_lookup_elem)
               : "r0", "r1", "r2", "r3", "r4", "r5");
  // CHECK: warning: BPF verifier would reject program 'read_write_only_map': read from map forbidden, value_size=8 off=0 size=8
}

SEC("socket") __attribute__((naked)) int write_write_only_map(void) {
  asm volatile("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
               "r1 = %[map] ll; call %[lookup];"
               "if r0 == 0 goto 1f; r1 = 7; *(u64 *)(r0 + 0) = r1;"
               "1: r0 = 0; exit"
               :
               : [map] "i"(&write_only), [lookup] "i"(BPF_FUNC_map_lookup_elem)
               : "r0", "r1", "r2", "r3", "r4", "r5");
}

// A 32-bit fill of a 64-bit spill gives back the low half of the value:
// zero here, so the read through the uninitialised r9 is dead code.
SEC("xdp") __attribute__((naked)) int narrow_fill_keeps_value(void) {
  asm volatile("call %[prandom]; r0 <<= 32; *(u64 *)(r10 - 8) = r0;"
               "r0 = *(u32 *)(r10 - 8); if r0 == 0 goto 1f;"
               "r0 = *(u64 *)(r9 + 0);"
               "1: exit"
               :
               : [prandom] "i"(BPF_FUNC_get_prandom_u32)
               : "r0", "r1", "r2", "r3", "r4", "r5");
}

// Any byte of a spilled zero reads back as zero.
SEC("xdp") __attribute__((naked)) int spilled_zero_byte(void) {
  asm volatile("r1 = 0; *(u64 *)(r10 - 8) = r1;"
               "r2 = *(u8 *)(r10 - 3); if r2 == 0 goto 1f;"
               "r0 = *(u64 *)(r9 + 0);"
               "1: r0 = 2; exit" ::
                   : "r0", "r1", "r2");
}

__attribute__((naked, noinline, used)) static void legacy_load_void(void) {
  asm volatile("r6 = r1; r0 = *(u8 *)skb[0]; r0 = 1; exit");
}

SEC("socket") __attribute__((naked)) int ld_abs_in_void_subprog(void) {
  asm volatile("call legacy_load_void; r0 = 0; exit");
  // CHECK: warning: BPF verifier would reject program 'ld_abs_in_void_subprog': LD_ABS is only allowed in functions that return 'int'.
}

__attribute__((naked, noinline, used)) static int legacy_load_int(void) {
  asm volatile("r6 = r1; r0 = *(u8 *)skb[0]; r0 = 1; exit");
}

// When the load fails the subprogram returns 0 at once: the caller sees
// that return too, and then reads r9, which it never set.
SEC("socket") __attribute__((naked)) int ld_abs_failure_returns(void) {
  asm volatile("call legacy_load_int; if r0 != 0 goto 1f; r0 = r9;"
               "1: r0 = 0; exit");
  // CHECK: warning: BPF verifier would reject program 'ld_abs_failure_returns': R9 !read_ok
}

// The store through r1 is a context write on one path and a stack write on
// the other: the kernel rewrites each access instruction for one kind.
SEC("tc") __attribute__((naked)) int one_insn_two_pointers(void) {
  asm volatile("r3 = 42; r6 = r10; r6 += -8;"
               "if r1 == 0 goto 1f; r2 = r10; r2 += -16;"
               "*(u64 *)(r6 + 0) = r2;"
               "1: if r1 != 0 goto 2f; *(u64 *)(r6 + 0) = r1;"
               "2: r1 = *(u64 *)(r6 + 0); *(u32 *)(r1 + 8) = r3;"
               "r0 = 0; exit");
  // CHECK: warning: BPF verifier would reject program 'one_insn_two_pointers': same insn cannot be used with different pointers
}

// VERDICT:      10 programs
// VERDICT-NEXT: dead_code: reject
// VERDICT-NEXT: div_by_zero_imm: reject
// VERDICT-NEXT: ld_abs_failure_returns: reject
// VERDICT-NEXT: ld_abs_in_void_subprog: reject
// VERDICT-NEXT: narrow_fill_keeps_value: accept
// VERDICT-NEXT: one_insn_two_pointers: reject
// VERDICT-NEXT: read_write_only_map: reject
// VERDICT-NEXT: shift_by_width: reject
// VERDICT-NEXT: spilled_zero_byte: accept
// VERDICT-NEXT: write_write_only_map: accept

// KERNEL-DAG: dead_code: ours=reject kernel=reject message=match
// KERNEL-DAG: div_by_zero_imm: ours=reject kernel=reject message=match
// KERNEL-DAG: ld_abs_failure_returns: ours=reject kernel=reject message=match
// KERNEL-DAG: ld_abs_in_void_subprog: ours=reject kernel=reject message=match
// KERNEL-DAG: narrow_fill_keeps_value: ours=accept kernel=accept
// KERNEL-DAG: one_insn_two_pointers: ours=reject kernel=reject message=match
// KERNEL-DAG: read_write_only_map: ours=reject kernel=reject message=match
// KERNEL-DAG: shift_by_width: ours=reject kernel=reject message=match
// KERNEL-DAG: spilled_zero_byte: ours=accept kernel=accept
// KERNEL-DAG: write_write_only_map: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
