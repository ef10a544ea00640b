// Inline asm memory operands ("m"): the BPF target gives them as a base
// register and an offset, written `(rN + off)`, the address of a load or a
// store; tetragon writes an error code through a pointer it keeps on the
// stack this way (a "+m" operand), so the verifier sees the load of the
// spilled pointer. Checked against the 6.18 kernel.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, char[8192]);
} heap SEC(".maps");

static __always_inline int store_error(char *args, int orig, int err) {
  asm volatile("%[orig] &= 0xfff;\n"
               "r1 = *(u64 *)%[args];\n"
               "r1 += %[orig];\n"
               "*(u32 *)(r1 + 0) = %[err];\n"
               : [orig] "+r"(orig), [args] "+m"(args), [err] "+r"(err)
               :
               : "r1");
  return orig;
}
SEC("kprobe") int mem_operand_bounded(struct pt_regs *ctx) {
  __u32 zero = 0;
  char *buf = bpf_map_lookup_elem(&heap, &zero);
  if (!buf)
    return 0;
  return store_error(buf, bpf_get_prandom_u32(), -1);
}
static __always_inline int store_unbounded(char *args, int orig, int err) {
  asm volatile("r1 = *(u64 *)%[args];\n"
               "r1 += %[orig];\n"
               "*(u32 *)(r1 + 0) = %[err];\n"
               : [orig] "+r"(orig), [args] "+m"(args), [err] "+r"(err)
               :
               : "r1");
  return orig;
}
SEC("kprobe") int mem_operand_unbounded(struct pt_regs *ctx) {
  __u32 zero = 0;
  char *buf = bpf_map_lookup_elem(&heap, &zero);
  if (!buf)
    return 0;
  return store_unbounded(buf, bpf_get_prandom_u32(), -1);
}
SEC("kprobe") int mem_operand_read(struct pt_regs *ctx) {
  long x = bpf_get_prandom_u32();
  long y;
  asm volatile("%[y] = *(u64 *)%[x]" : [y] "=r"(y) : [x] "m"(x));
  return y == 7;
}
SEC("kprobe") int mem_operand_uninit(struct pt_regs *ctx) {
  long x;
  long y;
  asm volatile("%[y] = *(u64 *)%[x]" : [y] "=r"(y) : [x] "m"(x));
  return y == 7;
}
// CHECK: error: BPF verifier would reject program 'mem_operand_unbounded': R1 unbounded memory access, make sure to bounds check any such access
// VERDICT:      4 programs
// VERDICT-NEXT: mem_operand_bounded: accept
// VERDICT-NEXT: mem_operand_read: accept
// VERDICT-NEXT: mem_operand_unbounded: reject
// VERDICT-NEXT: mem_operand_uninit: accept
// KERNEL-DAG: mem_operand_bounded: ours=accept kernel=accept message=n/a
// KERNEL-DAG: mem_operand_unbounded: ours=reject kernel=reject message=match
// KERNEL-DAG: mem_operand_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: mem_operand_uninit: ours=accept kernel=accept message=n/a
