// Inline assembly the front-end cannot assemble faithfully leaves the
// program `unknown`, with a remark naming the statement and the reason,
// never a guess and never a crash: a raw ld_imm64 of a map fd, section
// switches, a name that is neither a label nor
// a global, and (where clang itself then refuses the statement) a string the
// BPF assembler rejects, a memory operand where no address goes and data
// that is not whole instructions.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-judge-naked -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// clang's own assembler refuses these, even with -S, but only after the
// engine ran: the remarks come first.
// RUN: not %clang_bpf -S -DCLANG_REJECTS %s -o %t.s -mllvm -verifiable-judge-naked -Rpass-analysis=verifiable 2>&1 | FileCheck %s --check-prefix=REJECTED
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") __attribute__((naked)) int raw_map_fd(void) {
  asm volatile(".8byte 0x0000000000001118\n"
               ".8byte 0\n"
               "r0 = 2\n"
               "exit");
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'raw_map_fd': function 'raw_map_fd': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-5]] '.8byte 0x0000000000001118; .8byte 0; r0 = 2; exit': a raw ld_imm64 with src_reg 1, which names nothing libbpf relocates

SEC("xdp") int section_switch(struct xdp_md *ctx) {
  asm volatile(".pushsection .data.x\n.popsection");
  return 2;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'section_switch': function 'section_switch': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-3]] '.pushsection .data.x; .popsection': the statement holds a section switch, not only instructions

SEC("xdp") int unknown_name(struct xdp_md *ctx) {
  asm volatile("call nothing_like_this" ::: "r0", "r1", "r2", "r3", "r4", "r5");
  return 2;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'unknown_name': function 'unknown_name': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-3]] 'call nothing_like_this': 'nothing_like_this' is neither a label of the statement nor a global of the module

// VERDICT:      3 programs
// VERDICT-NEXT: raw_map_fd: unknown
// VERDICT-NEXT: section_switch: unknown
// VERDICT-NEXT: unknown_name: unknown

#ifdef CLANG_REJECTS
// (clang's object writer cannot pad after half an instruction)
SEC("xdp") int partial_bytes(struct xdp_md *ctx) {
  asm volatile(".byte 0xb7, 0, 0, 0");
  return 2;
}
// REJECTED-DAG: remark: cannot predict the verifier's verdict on program 'partial_bytes': function 'partial_bytes': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-3]] '.byte 0xb7, 0, 0, 0': the statement holds data that is not whole BPF instructions, not only instructions

SEC("xdp") int malformed(struct xdp_md *ctx) {
  int r = 1;
  asm volatile("%[r] = frobnicate %[r]" : [r] "+r"(r));
  return r;
}
// REJECTED-DAG: remark: cannot predict the verifier's verdict on program 'malformed': function 'malformed': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-3]] '$0 = frobnicate $0': the BPF assembler rejects '{{[rw][0-9]}} = frobnicate {{[rw][0-9]}}': invalid operand for instruction

SEC("xdp") int memory_operand(struct xdp_md *ctx) {
  long x = 0;
  asm volatile("r0 = %[x]" : : [x] "m"(x) : "r0");
  return 2;
}
// REJECTED-DAG: remark: cannot predict the verifier's verdict on program 'memory_operand': function 'memory_operand': inline assembly at {{.*}}inline-asm-unknown.c:[[@LINE-3]] 'r0 = $0': the BPF assembler rejects 'r0 = (r10 - 8)': invalid operand for instruction
#endif
char LICENSE[] SEC("license") = "GPL";
