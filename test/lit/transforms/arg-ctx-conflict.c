// A global function's pointer parameter that receives the program context
// at one call and something else at another cannot be tagged arg:ctx: the
// kernel verifies the function once, for one argument type. The call that
// passes something else is an error, with a note at a call that passes the
// context. A parameter typed as a pointer to a sized struct is memory of
// that size to the kernel, not a candidate for arg:ctx: no error for it.
// RUN: not %clang_bpf -mllvm -verifiable-severity=remark -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int handle(void *p) {
  return p ? XDP_PASS : XDP_DROP;
}

int scratch;

struct box {
  int x;
};
__attribute__((noinline)) int typed(struct box *b) { return b ? b->x : 0; }

SEC("xdp") int with_ctx(struct xdp_md *ctx) { return handle(ctx); }
SEC("xdp") int with_global(struct xdp_md *ctx) { return handle(&scratch); }
SEC("xdp") int typed_ctx(struct xdp_md *ctx) { return typed((void *)ctx); }
SEC("xdp") int typed_box(struct xdp_md *ctx) {
  struct box b = {1};
  return typed(&b);
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: arg-ctx-conflict.c:23:57: error: parameter 1 ('p') of global function 'handle' receives the program context at another call but something else here; the kernel verifies a global function once, with one type per argument (make the function static, or pass the context at every call)
// CHECK: arg-ctx-conflict.c:22:54: note: parameter 1 ('p') of global function 'handle' receives the program context here
// CHECK-NOT: error:
