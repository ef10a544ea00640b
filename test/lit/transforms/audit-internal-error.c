// With the transforms on, the signature audit at the end of the IR pipeline
// turns a signature change that got through into an internal error naming
// the function and the change; in check-only mode it is a remark. The IR
// below is plain clang's -O2 output (dead argument elimination has run), fed
// back through the pipeline.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -S -emit-llvm %s -o %t.ll
// RUN: not %clang -target bpf -O2 -fpass-plugin=%plugin -c %t.ll -o %t.o 2>&1 | FileCheck %s
// RUN: %clang -target bpf -O2 -fpass-plugin=%plugin -mllvm -verifiable-transforms=false -Rpass-analysis=verifiable -c %t.ll -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: not %opt -passes='verifiable-signature-audit<strict>' -disable-output %t.ll 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int pick(int used, int unused) {
  return used * 3;
}

SEC("xdp") int prog(struct xdp_md *ctx) {
  return pick(ctx->ingress_ifindex, 7);
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: error: {{.*}}audit-internal-error.c:13:{{.*}}internal error: verifiable: the optimizer changed the signature of 'pick', so its BTF would not match its code: it has 1 parameters in code but 2 in C, and is marked DW_CC_nocall
// REMARK: remark: {{.*}}BTF of 'pick' does not match its code: it has 1 parameters in code but 2 in C, and is marked DW_CC_nocall
