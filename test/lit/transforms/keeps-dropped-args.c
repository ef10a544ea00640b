// A static function with an unused parameter and one that is always called
// with the same constant keep both parameters: the caller still loads R2,
// and BTF's two-parameter prototype is the truth. In check-only mode (plain
// clang's code) dead argument elimination drops R2 at every call while BTF
// still lists two parameters. Inlining is not affected: a static function
// inlined at its only call disappears, BTF and all.
// RUN: %clang_bpf -c %s -o %t.o
// RUN: %llvm-objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=CODE
// RUN: %bpftool btf dump file %t.o | FileCheck %s --check-prefix=BTF
// RUN: %bpftool btf dump file %t.o | not grep "FUNC 'inlined'"
// RUN: %clang_bpf -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.off.o
// RUN: %llvm-objdump -d --no-show-raw-insn %t.off.o | FileCheck %s --check-prefix=OFF
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -Rpass-analysis=verifiable -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=AUDIT
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int scaled(int used, int unused) {
  return used * 3;
}
static __attribute__((noinline)) int offset(int x, int k) { return x + k; }
static int inlined(int x, int unused) { return x - 1; }

SEC("xdp") int prog(struct xdp_md *ctx) {
  int v = ctx->ingress_ifindex;
  return scaled(v, 7) + offset(v, 9) + offset(v + 1, 9) + inlined(v, 5);
}

char LICENSE[] SEC("license") = "GPL";

// The body of offset() may still use the constant; R2 is set all the same.
// CODE-LABEL: <prog>:
// CODE:      w1 = w6
// CODE-NEXT: w2 = 0x7
// CODE-NEXT: call
// CODE:      w1 = w6
// CODE-NEXT: w2 = 0x9
// CODE-NEXT: call
// CODE:      w1 = w6
// CODE-NEXT: w2 = 0x9
// CODE-NEXT: call

// BTF:      FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=2
// BTF-NEXT: 'used'
// BTF-NEXT: 'unused'
// BTF-NEXT: FUNC 'scaled' type_id={{[0-9]+}} linkage=static
// BTF:      FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=2
// BTF-NEXT: 'x'
// BTF-NEXT: 'k'
// BTF-NEXT: FUNC 'offset' type_id={{[0-9]+}} linkage=static

// IR-NOT: DW_CC_nocall
// IR: define internal {{.*}}i32 @scaled(i32 noundef %0, i32 noundef %1)
// IR: define internal {{.*}}i32 @offset(i32 noundef %0, i32 noundef %1)
// IR-NOT: DW_CC_nocall

// OFF-LABEL: <prog>:
// OFF:      w1 = w6
// OFF-NEXT: call
// OFF:      w1 = w6
// OFF-NEXT: call

// AUDIT-DAG: remark: {{.*}}BTF of 'scaled' does not match its code: it has 1 parameters in code but 2 in C, and is marked DW_CC_nocall
// AUDIT-DAG: remark: {{.*}}BTF of 'offset' does not match its code: it has 1 parameters in code but 2 in C, and is marked DW_CC_nocall
