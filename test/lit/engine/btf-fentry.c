// fentry, fexit and fmod_ret programs: the context is one u64 slot per
// argument of the traced kernel function's BTF prototype (fexit and
// fmod_ret: then its return value), read as the kernel's btf_ctx_access()
// allows; pointer arguments are plain (not trusted) kernel struct
// pointers; fentry and fexit must return 0, fmod_ret anything.
// The kernel on the development machines refuses these program types with
// EPERM before verifying them, so these expectations are the kernel
// source's (Linux 6.12: btf_ctx_access(), check_return_code(),
// bpf_check_attach_target()) and agree with the selftests' annotations
// (docs/selftests.md); the same ctx rules are checked against the running
// kernel through tp_btf in btf-pointers.c.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json -Rpass-analysis=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, long);
} st SEC(".maps");

long sink;

// vfs_read(struct file *file, char *buf, size_t count, loff_t *pos)
SEC("fentry/vfs_read") int args_ok(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  u32 count = *(u32 *)&ctx[2]; // a narrow read of a number
  sink = f->f_flags + count;
  return 0;
}
SEC("fentry/vfs_read") int arg_narrow_ptr(u64 *ctx) {
  sink = *(u32 *)&ctx[0];
  return 0;
}
SEC("fentry/vfs_read") int arg_unaligned(u64 *ctx) {
  sink = *(u32 *)((char *)ctx + 4);
  return 0;
}
SEC("fentry/vfs_read") int arg_write(u64 *ctx) {
  ctx[2] = 0;
  return 0;
}
// fentry has no return value slot.
SEC("fentry/vfs_read") int fentry_retval(u64 *ctx) {
  sink = ctx[4];
  return 0;
}
SEC("fentry/vfs_read") int fentry_returns_1(u64 *ctx) { return 1; }
SEC("fexit/vfs_read") int fexit_returns_1(u64 *ctx) { return 1; }
SEC("fexit/vfs_read") int fexit_retval(u64 *ctx) {
  sink = ctx[4];
  return 0;
}
SEC("fexit/vfs_read") int fexit_past_retval(u64 *ctx) {
  sink = ctx[5];
  return 0;
}
// A void function: no return value slot.
SEC("fexit/wake_up_new_task") int fexit_void_retval(u64 *ctx) {
  sink = ctx[1];
  return 0;
}
// A plain kernel struct pointer: readable, and accepted by helpers that
// take ptr_, trusted_ptr_ or rcu_ptr_.
SEC("fentry/wake_up_new_task") int plain_ptr_helper(u64 *ctx) {
  struct task_struct *p = (void *)ctx[0];
  long *v = bpf_task_storage_get(&st, p, 0, 0);
  sink = p->pid + (v ? *v : 0);
  return 0;
}
SEC("fentry/wake_up_new_task") int plain_ptr_write(u64 *ctx) {
  struct task_struct *p = (void *)ctx[0];
  p->pid = 0;
  return 0;
}
// fmod_ret may return anything and reads the int return value.
SEC("fmod_ret/security_file_open") int fmod_ret_any(u64 *ctx) {
  int ret = ctx[1];
  return ret ? ret : -1;
}

// Unknown: fmod_ret on a function only the kernel's error-injection list
// allows; sleepable variants; targets the kernel denies by configuration;
// targets the target BTF lacks.
SEC("fmod_ret/vfs_read") int fmod_ret_injection(u64 *ctx) { return 0; }
SEC("fentry.s/vfs_read") int sleepable(u64 *ctx) { return 0; }
SEC("fexit/do_exit") int denied(u64 *ctx) { return 0; }
SEC("fentry/no_such_function") int missing(u64 *ctx) { return 0; }

// CHECK-DAG: error: BPF verifier would reject program 'arg_narrow_ptr': func 'vfs_read' size 4 must be 8
// CHECK-DAG: error: BPF verifier would reject program 'arg_unaligned': func 'vfs_read' offset 4 is not multiple of 8
// CHECK-DAG: error: BPF verifier would reject program 'arg_write': invalid bpf_context access off=16 size=8
// CHECK-DAG: error: BPF verifier would reject program 'fentry_retval': func 'vfs_read' doesn't have 5-th argument
// CHECK-DAG: error: BPF verifier would reject program 'fentry_returns_1': At program exit the register R0 has smin=1 smax=1 should have been in [0, 0]
// CHECK-DAG: error: BPF verifier would reject program 'fexit_returns_1': At program exit the register R0 has smin=1 smax=1 should have been in [0, 0]
// CHECK-DAG: error: BPF verifier would reject program 'fexit_past_retval': func 'vfs_read' doesn't have 6-th argument
// CHECK-DAG: error: BPF verifier would reject program 'fexit_void_retval': func 'wake_up_new_task' doesn't have 3-th argument
// CHECK-DAG: error: BPF verifier would reject program 'plain_ptr_write': only read is supported
// CHECK-DAG: remark: {{.*}}'fmod_ret_injection'{{.*}}whether fmod_ret may attach to 'vfs_read' depends on the kernel's error-injection list
// CHECK-DAG: remark: {{.*}}'sleepable'{{.*}}whether 'vfs_read' may sleep depends on the kernel's error-injection list
// CHECK-DAG: remark: {{.*}}'denied'{{.*}}attach target 'do_exit' is on the kernel's deny lists
// CHECK-DAG: remark: {{.*}}'missing'{{.*}}attach target 'no_such_function' (function) is not in the target kernel's BTF

// VERDICT:      17 programs
// VERDICT-NEXT: arg_narrow_ptr: reject
// VERDICT-NEXT: arg_unaligned: reject
// VERDICT-NEXT: arg_write: reject
// VERDICT-NEXT: args_ok: accept
// VERDICT-NEXT: denied: unknown
// VERDICT-NEXT: fentry_returns_1: reject
// VERDICT-NEXT: fentry_retval: reject
// VERDICT-NEXT: fexit_past_retval: reject
// VERDICT-NEXT: fexit_returns_1: reject
// VERDICT-NEXT: fexit_retval: accept
// VERDICT-NEXT: fexit_void_retval: reject
// VERDICT-NEXT: fmod_ret_any: accept
// VERDICT-NEXT: fmod_ret_injection: unknown
// VERDICT-NEXT: missing: unknown
// VERDICT-NEXT: plain_ptr_helper: accept
// VERDICT-NEXT: plain_ptr_write: reject
// VERDICT-NEXT: sleepable: unknown
