// A global function's pointer parameter tagged arg:trusted is a trusted
// pointer to the kernel struct of that name (found in the target BTF): the
// caller must pass a trusted or referenced pointer of that struct (6.18
// asks for trust first, then the type), and NULL only when the parameter
// is also tagged arg:nullable, which the callee must then check. arg:trusted
// with arg:nonnull, and arg:nullable on a plain memory pointer, are
// refused combinations.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#ifndef __arg_trusted
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#endif
#ifndef __arg_nullable
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#endif
#ifndef __arg_nonnull
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#endif

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

__attribute__((noinline)) int task_pid(struct task_struct *task __arg_trusted) {
  return task->pid;
}
__attribute__((noinline)) int task_pid_or_zero(struct task_struct *task __arg_trusted __arg_nullable) {
  return task ? task->pid : 0;
}
__attribute__((noinline)) int task_pid_unchecked(struct task_struct *task __arg_trusted __arg_nullable) {
  return task->pid;
}
__attribute__((noinline)) int task_pid_nonnull(struct task_struct *task __arg_trusted __arg_nonnull) {
  return task->pid;
}
__attribute__((noinline)) int int_nullable(int *p __arg_nullable) {
  return p ? *p : 0;
}

SEC("tp_btf/task_newtask") int current_task(void *ctx) {
  return task_pid(bpf_get_current_task_btf());
}
SEC("tp_btf/task_newtask") int null_task(void *ctx) {
  return task_pid((void *)0);
}
SEC("tp_btf/task_newtask") int maybe_null_task(void *ctx) {
  struct task_struct *t = bpf_task_acquire(bpf_get_current_task_btf());
  int r = task_pid(t);
  if (t)
    bpf_task_release(t);
  return r;
}
SEC("tp_btf/task_newtask") int nullable_null(void *ctx) {
  return task_pid_or_zero((void *)0) + task_pid_or_zero(bpf_get_current_task_btf());
}
SEC("tp_btf/task_newtask") int nullable_unchecked(void *ctx) {
  return task_pid_unchecked(bpf_get_current_task_btf());
}
SEC("tp_btf/task_newtask") int trusted_and_nonnull(void *ctx) {
  return task_pid_nonnull(bpf_get_current_task_btf());
}
SEC("tp_btf/task_newtask") int nullable_plain_pointer(void *ctx) {
  int v = 1;
  return int_nullable(&v);
}
SEC("tp_btf/task_newtask") int acquired_checked(void *ctx) {
  struct task_struct *t = bpf_task_acquire(bpf_get_current_task_btf());
  int r = 0;
  if (t) {
    r = task_pid(t);
    bpf_task_release(t);
  }
  return r;
}

// CHECK-DAG: error: BPF verifier would reject program 'null_task': R1 must be referenced or trusted
// CHECK-DAG: error: BPF verifier would reject program 'maybe_null_task': R1 type=ptr_or_null_ expected=ptr_, trusted_ptr_, rcu_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'nullable_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'trusted_and_nonnull': arg#0 has invalid combination of tags
// CHECK-DAG: error: BPF verifier would reject program 'nullable_plain_pointer': arg#0 has invalid combination of tags

// VERDICT:      8 programs
// VERDICT-NEXT: acquired_checked: accept
// VERDICT-NEXT: current_task: accept
// VERDICT-NEXT: maybe_null_task: reject
// VERDICT-NEXT: null_task: reject
// VERDICT-NEXT: nullable_null: accept
// VERDICT-NEXT: nullable_plain_pointer: reject
// VERDICT-NEXT: nullable_unchecked: reject
// VERDICT-NEXT: trusted_and_nonnull: reject

// KERNEL-DAG: current_task: ours=accept kernel=accept message=n/a
// KERNEL-DAG: nullable_null: ours=accept kernel=accept message=n/a
// KERNEL-DAG: acquired_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: null_task: ours=reject kernel=reject message=match
// KERNEL-DAG: maybe_null_task: ours=reject kernel=reject message=match
// KERNEL-DAG: nullable_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: trusted_and_nonnull: ours=reject kernel=reject message=match
// KERNEL-DAG: nullable_plain_pointer: ours=reject kernel=reject message=match
