// syscall programs (SEC("syscall"), sleepable): the context is the buffer
// the caller of BPF_PROG_RUN passes, read and written at any aligned
// constant offset below 64 KiB, never through a variable offset; the
// helpers are syscall_prog_func_proto()'s (bpf_sys_bpf, bpf_sys_close, ...)
// then the tracing ones, whose `allowed` callbacks refuse a program without
// an attach target. Every verdict is checked against the running kernel.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct args {
  int fd;
  int ret;
  __u64 uptr;
  __u8 bytes[8];
};

SEC("syscall") int sc_close(struct args *ctx) {
  ctx->ret = bpf_sys_close(ctx->fd);
  return 0;
}
SEC("syscall") int sc_copy(struct args *ctx) {
  return bpf_copy_from_user(ctx->bytes - ctx->bytes + (__u8 *)&ctx->ret, 4,
                            (void *)ctx->uptr);
}
SEC("syscall") int sc_misaligned(__u16 *ctx) { return *(__u32 *)(ctx + 1); }
SEC("syscall") int sc_var(struct args *ctx) {
  return ctx->bytes[ctx->fd & 7];
}
SEC("syscall") int sc_coarse(struct args *ctx) {
  return bpf_ktime_get_coarse_ns();
}
SEC("syscall") int sc_d_path(struct args *ctx) {
  char buf[16];
  return bpf_d_path((void *)0, buf, sizeof(buf));
}

// CHECK-DAG: error: BPF verifier would reject program 'sc_copy': R1 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'sc_misaligned': invalid bpf_context access off=2 size=4
// CHECK-DAG: error: BPF verifier would reject program 'sc_var': variable ctx access var_off=(0x0; 0x7) disallowed
// CHECK-DAG: error: BPF verifier would reject program 'sc_coarse': program of this type cannot use helper bpf_ktime_get_coarse_ns#160
// CHECK-DAG: error: BPF verifier would reject program 'sc_d_path': helper call is not allowed in probe

// VERDICT:      6 programs
// VERDICT-NEXT: sc_close: accept
// VERDICT-NEXT: sc_coarse: reject
// VERDICT-NEXT: sc_copy: reject
// VERDICT-NEXT: sc_d_path: reject
// VERDICT-NEXT: sc_misaligned: reject
// VERDICT-NEXT: sc_var: reject

// KERNEL-DAG: sc_close: ours=accept kernel=accept message=n/a
// KERNEL-DAG: sc_copy: ours=reject kernel=reject message=match
// KERNEL-DAG: sc_misaligned: ours=reject kernel=reject message=match
// KERNEL-DAG: sc_var: ours=reject kernel=reject message=match
// KERNEL-DAG: sc_coarse: ours=reject kernel=reject message=match
// KERNEL-DAG: sc_d_path: ours=reject kernel=reject message=match
