// Inline assembly is read as the kernel reads it: the statement's
// instructions, with the registers the compiler chose. A compiler barrier
// (barrier_var) emits nothing and keeps what is known about the value; a
// clamp and asm goto compares written in BPF assembly bound an index like
// C would; a __naked function is an ordinary program (with
// -verifiable-judge-naked=false its programs are unknown); a bad read
// inside asm is rejected at the asm statement's line.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %clang_bpf -c %s -o %t.d.o -mllvm -verifiable-judge-naked=false -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.d.json
// RUN: %verdicts %t.d.json | FileCheck %s --check-prefix=NAKEDOFF
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, unsigned char[64]);
} table SEC(".maps");

static unsigned char *value(void) {
  __u32 key = 0;
  return bpf_map_lookup_elem(&table, &key);
}

SEC("xdp") int barrier_keeps_bound(struct xdp_md *ctx) {
  unsigned char *v = value();
  if (!v)
    return XDP_PASS;
  __u64 i = bpf_get_prandom_u32() & 63;
  barrier_var(i);
  return v[i];
}

SEC("xdp") int asm_clamp(struct xdp_md *ctx) {
  unsigned char *v = value();
  if (!v)
    return XDP_PASS;
  __u64 i = bpf_get_prandom_u32();
  asm volatile("if %[i] < %[max] goto +1; %[i] = %[max]"
               : [i] "+r"(i)
               : [max] "i"(63));
  return v[i];
}

SEC("xdp") int goto_likely(struct xdp_md *ctx) {
  unsigned char *v = value();
  if (!v)
    return XDP_PASS;
  __u64 i = bpf_get_prandom_u32();
  asm goto("if %[i] < 64 goto %l[in_range]" : : [i] "r"(i) : : in_range);
  return XDP_DROP;
in_range:
  return v[i];
}

SEC("xdp") int goto_unlikely(struct xdp_md *ctx) {
  unsigned char *v = value();
  if (!v)
    return XDP_PASS;
  __u64 i = bpf_get_prandom_u32();
  asm goto("if %[i] >= 64 goto %l[too_big]" : : [i] "r"(i) : : too_big);
  return v[i];
too_big:
  return XDP_DROP;
}

SEC("xdp") int goto_wrong_side(struct xdp_md *ctx) {
  unsigned char *v = value();
  if (!v)
    return XDP_PASS;
  __u64 i = bpf_get_prandom_u32();
  asm goto("if %[i] < 64 goto %l[in_range]" : : [i] "r"(i) : : in_range);
  return v[i];
  // CHECK: inline-asm.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'goto_wrong_side': invalid access to map value, value_size=64 off=64 size=1
in_range:
  return XDP_DROP;
}

SEC("xdp") __attribute__((naked)) int naked_pass(void) {
  asm volatile("r0 = 2; exit");
}

SEC("xdp") __attribute__((naked)) int naked_local_label(void) {
  asm volatile("r0 = 1\n"
               "if r0 > 0 goto 1f\n"
               "r0 = 3\n"
               "1:\n"
               "r0 += 1\n"
               "exit");
}

// Jumps to local labels count slots: a ld_imm64 between a jump and its
// label takes two, so a wrong count would land on `r0 = r5` (rejected).
SEC("xdp") __attribute__((naked)) int naked_jump_over_ld_imm64(void) {
  asm volatile("r0 = 0\n"
               "goto 2f\n"
               "1:\n"
               "if r0 == 0 goto 3f\n"
               "r1 = %[table] ll\n"
               "r0 = r5\n"
               "3:\n"
               "r0 = 2\n"
               "exit\n"
               "2:\n"
               "r1 = %[table] ll\n"
               "if r0 == 0 goto 1b\n"
               "r0 = r5\n"
               "exit"
               :
               : [table] "i"(&table));
}

SEC("xdp") __attribute__((naked)) int naked_map_lookup(void) {
  asm volatile("r1 = 0\n"
               "*(u32 *)(r10 - 4) = r1\n"
               "r2 = r10\n"
               "r2 += -4\n"
               "r1 = %[table] ll\n"
               "call %[lookup]\n"
               "if r0 == 0 goto 1f\n"
               "r0 = *(u8 *)(r0 + 63)\n"
               "1:\n"
               "r0 = 2\n"
               "exit"
               :
               : [table] "i"(&table), [lookup] "i"(bpf_map_lookup_elem)
               : "memory");
}

// Instructions written as data, as the selftests do for encodings the
// assembler does not spell: `r0 = 2` as 8 raw bytes.
SEC("xdp") __attribute__((naked)) int naked_raw_bytes(void) {
  asm volatile(".8byte 0x00000002000000b7\n"
               "exit");
}

SEC("xdp") __attribute__((naked)) int naked_uninit(void) {
  asm volatile("r0 = r5; exit");
  // CHECK: inline-asm.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'naked_uninit': R5 !read_ok
}

// Every program's verdict, with or without the kernel:
// VERDICT:      11 programs
// VERDICT-NEXT: asm_clamp: accept
// VERDICT-NEXT: barrier_keeps_bound: accept
// VERDICT-NEXT: goto_likely: accept
// VERDICT-NEXT: goto_unlikely: accept
// VERDICT-NEXT: goto_wrong_side: reject
// NAKEDOFF-DAG: naked_pass: unknown
// NAKEDOFF-DAG: naked_uninit: unknown
// NAKEDOFF-DAG: barrier_keeps_bound: accept
// VERDICT-NEXT: naked_jump_over_ld_imm64: accept
// VERDICT-NEXT: naked_local_label: accept
// VERDICT-NEXT: naked_map_lookup: accept
// VERDICT-NEXT: naked_pass: accept
// VERDICT-NEXT: naked_raw_bytes: accept
// VERDICT-NEXT: naked_uninit: reject

// KERNEL-DAG: asm_clamp: ours=accept kernel=accept
// KERNEL-DAG: barrier_keeps_bound: ours=accept kernel=accept
// KERNEL-DAG: goto_likely: ours=accept kernel=accept
// KERNEL-DAG: goto_unlikely: ours=accept kernel=accept
// KERNEL-DAG: goto_wrong_side: ours=reject kernel=reject message=match
// KERNEL-DAG: naked_jump_over_ld_imm64: ours=accept kernel=accept
// KERNEL-DAG: naked_local_label: ours=accept kernel=accept
// KERNEL-DAG: naked_map_lookup: ours=accept kernel=accept
// KERNEL-DAG: naked_pass: ours=accept kernel=accept
// KERNEL-DAG: naked_raw_bytes: ours=accept kernel=accept
// KERNEL-DAG: naked_uninit: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
