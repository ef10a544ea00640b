// `%=` in an asm statement (a number unique to the statement, for local
// labels, as in the size clamps tracing code writes in asm) is substituted
// like clang's AsmPrinter does, and so is `|` (which clang spells `$|`), so
// the statements are read, not `unknown`.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("xdp") int uid_clamp(struct xdp_md *ctx) {
  unsigned long len = ctx->data_end - ctx->data;
  asm volatile("if %[len] < 64 goto l0_%=;"
               "%[len] = 64;"
               "l0_%=:"
               : [len] "+r"(len));
  char buf[64] = {};
  bpf_probe_read_kernel(buf, len, (void *)(long)ctx->data);
  return buf[0] & 1;
}
SEC("xdp") int uid_noclamp(struct xdp_md *ctx) {
  unsigned long len = ctx->data_end - ctx->data;
  asm volatile("if %[len] < 64 goto l0_%=;"
               "%[len] = 65;"
               "l0_%=:"
               : [len] "+r"(len));
  char buf[64] = {};
  bpf_probe_read_kernel(buf, len, (void *)(long)ctx->data);
  return buf[0] & 1;
}
SEC("xdp") int uid_or(struct xdp_md *ctx) {
  unsigned long x = ctx->data_end - ctx->data;
  asm volatile("%[x] |= 1" : [x] "+r"(x));
  return x & 1 ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: warning: BPF verifier would reject program 'uid_noclamp': invalid write to stack R1 off=-64 size=65

// VERDICT:      3 programs
// VERDICT-NEXT: uid_clamp: accept
// VERDICT-NEXT: uid_noclamp: reject
// VERDICT-NEXT: uid_or: accept

// KERNEL-DAG: uid_clamp: ours=accept kernel=accept
// KERNEL-DAG: uid_noclamp: ours=reject kernel=reject message=match
// KERNEL-DAG: uid_or: ours=accept kernel=accept
