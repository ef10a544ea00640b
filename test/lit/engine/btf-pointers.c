// Kernel struct pointers (PTR_TO_BTF_ID) and the contexts typed by the
// target kernel's BTF: tp_btf argument slots, walks through task_struct and
// the trust the loaded pointers keep (safe fields, RCU fields, untrusted),
// pointers to non-structs as read-only untrusted memory, helpers taking and
// returning kernel struct pointers, iterator contexts with NULL-able fields
// and their [0, 1] return range, raw_tp arguments as numbers. Every verdict
// and message was checked against the 6.18 kernel.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, long);
} st SEC(".maps");

// Context slots of tp_btf/sched_switch: (preempt, prev, next, prev_state).
SEC("tp_btf/sched_switch") int ctx_ok(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return prev->pid;
}
SEC("tp_btf/sched_switch") int ctx_off4(u64 *ctx) {
  return *(u32 *)((char *)ctx + 4);
}
SEC("tp_btf/sched_switch") int ctx_narrow_ptr(u64 *ctx) {
  return *(u32 *)((char *)ctx + 8);
}
SEC("tp_btf/sched_switch") int ctx_no_arg(u64 *ctx) {
  return ctx[5];
}
SEC("tp_btf/sched_switch") int ctx_write(u64 *ctx) {
  ctx[0] = 1;
  return 0;
}
// A maybe-NULL argument (the kernel's raw_tp_null_args).
SEC("tp_btf/sched_pi_setprio") int arg_maybe_null(u64 *ctx) {
  struct task_struct *pi = (void *)ctx[1];
  return pi->pid;
}
SEC("tp_btf/sched_pi_setprio") int arg_null_checked(u64 *ctx) {
  struct task_struct *pi = (void *)ctx[1];
  return pi ? pi->pid : 0;
}

// Walking kernel structs.
SEC("tp_btf/sched_switch") int walk_write(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  prev->pid = 1;
  return 0;
}
SEC("tp_btf/sched_switch") int walk_untrusted_chain(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return prev->real_parent->pid + prev->parent->parent->pid +
         prev->mm->map_count;
}
SEC("tp_btf/sched_switch") int walk_safe_chain(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return prev->cgroups->dfl_cgrp->kn->id;
}
SEC("tp_btf/sched_switch") int walk_past_end(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return *(int *)((char *)prev + sizeof(*prev));
}
SEC("tp_btf/sched_switch") int walk_negative(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return *(int *)((char *)prev - 8);
}
SEC("tp_btf/sched_switch") int walk_half_pointer(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return *(int *)&prev->mm;
}
SEC("tp_btf/sched_switch") int walk_var_off(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  u32 i = bpf_get_prandom_u32() & 7;
  return *(int *)((char *)prev + i * 4);
}
SEC("tp_btf/sched_switch") int walk_array(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return prev->comm[3] + *(int *)&prev->comm[12];
}
SEC("tp_btf/sched_switch") int walk_hole(u64 *ctx) {
  return *(int *)((char *)ctx[1] + 76); // padding in task_struct
}
// A pointer to a non-struct reads as read-only untrusted memory.
SEC("tp_btf/sched_switch") int mem_read(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  return *(long *)((char *)prev->stack + 4096);
}
SEC("tp_btf/sched_switch") int mem_write(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1];
  *(long *)prev->stack = 1;
  return 0;
}
SEC("tp_btf/sched_switch") int compare_pointers(u64 *ctx) {
  struct task_struct *prev = (void *)ctx[1], *next = (void *)ctx[2];
  struct task_struct *p = prev->parent;
  if (p == 0)
    return 1;
  return prev == next;
}

// Helpers.
SEC("tp_btf/sched_switch") int current_task(u64 *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  return t->tgid;
}
SEC("kprobe/do_nanosleep") int current_task_kprobe(void *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  return t->real_parent->tgid;
}
SEC("tp_btf/sched_switch") int storage_trusted(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  long *v = bpf_task_storage_get(&st, t, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
  return v ? 1 : 0;
}
SEC("tp_btf/sched_switch") int storage_rcu(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  long *v = bpf_task_storage_get(&st, t->real_parent, 0, 0);
  return v ? 1 : 0;
}
SEC("tp_btf/sched_switch") int storage_untrusted(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  long *v = bpf_task_storage_get(&st, t->parent, 0, 0);
  return v ? 1 : 0;
}
SEC("tp_btf/sched_switch") int sock_cast_untrusted(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  return bpf_skc_to_tcp_sock(t->mm) ? 1 : 0;
}
SEC("tp_btf/sched_switch") int probe_read(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  int x;
  bpf_probe_read_kernel(&x, sizeof(x), &t->parent->pid);
  return x;
}

SEC("tp_btf/sched_switch") int helper_writes_task(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  return bpf_get_current_comm(t->comm, 16);
}
SEC("tp_btf/sched_switch") int atomic_on_task(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  __sync_fetch_and_add(&t->pid, 1);
  return 0;
}
SEC("iter.s/task") int sleepable_walk(struct bpf_iter__task *ctx) {
  struct task_struct *t = ctx->task;
  if (!t)
    return 0;
  return t->real_parent->pid & 1;
}

// A global function's struct pointer parameter is memory of the struct's
// size, read through the caller's kernel struct pointer.
__noinline int global_pid(struct task_struct *t) {
  return t ? t->pid : 0;
}
SEC("tp_btf/sched_switch") int global_function_task(u64 *ctx) {
  return global_pid((void *)ctx[1]);
}
static __noinline int static_pid(struct task_struct *t) {
  return t->pid;
}
SEC("tp_btf/sched_switch") int static_function_task(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  return static_pid(t->parent) + static_pid(t);
}

// Iterators: NULL-able context fields, the seq_file, return in [0, 1].
SEC("iter/task") int iter_unchecked(struct bpf_iter__task *ctx) {
  return ctx->task->pid & 1;
}
SEC("iter/task") int iter_checked(struct bpf_iter__task *ctx) {
  struct task_struct *t = ctx->task;
  if (!t)
    return 0;
  int pid = t->pid;
  bpf_seq_write(ctx->meta->seq, &pid, sizeof(pid));
  return 0;
}
SEC("iter/task") int iter_return(struct bpf_iter__task *ctx) {
  return 2;
}
SEC("iter/task") int iter_seq_wrong_type(struct bpf_iter__task *ctx) {
  struct task_struct *t = ctx->task;
  if (!t)
    return 0;
  bpf_seq_write((void *)t, &t->pid, sizeof(t->pid));
  return 0;
}
SEC("iter/task_file") int iter_file_unchecked(struct bpf_iter__task_file *ctx) {
  return ctx->file->f_flags & 1;
}
SEC("iter/bpf_map") int iter_map(struct bpf_iter__bpf_map *ctx) {
  struct bpf_map *m = ctx->map;
  return m ? m->max_entries & 1 : 0;
}
SEC("tp_btf/sched_switch") int seq_outside_iter(u64 *ctx) {
  int x = 0;
  bpf_seq_write((void *)ctx[1], &x, sizeof(x));
  return 0;
}

// raw_tp: the arguments are numbers.
SEC("raw_tp/sched_switch") int raw_tp_deref(struct bpf_raw_tracepoint_args *ctx) {
  struct task_struct *t = (void *)ctx->args[1];
  return t->pid;
}
SEC("raw_tp/sched_switch") int raw_tp_probe_read(struct bpf_raw_tracepoint_args *ctx) {
  struct task_struct *t = (void *)ctx->args[1];
  int pid = 0;
  bpf_probe_read_kernel(&pid, sizeof(pid), &t->pid);
  return pid;
}

// The first line of each rejection is the kernel's message:
// CHECK-DAG: error: BPF verifier would reject program 'ctx_off4': func 'sched_switch' offset 4 is not multiple of 8
// CHECK-DAG: error: BPF verifier would reject program 'ctx_narrow_ptr': func 'sched_switch' size 4 must be 8
// CHECK-DAG: error: BPF verifier would reject program 'ctx_no_arg': func 'sched_switch' doesn't have 7-th argument
// CHECK-DAG: error: BPF verifier would reject program 'ctx_write': invalid bpf_context access off=0 size=8
// CHECK-DAG: error: BPF verifier would reject program 'arg_maybe_null': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'walk_write': only read is supported
// CHECK-DAG: error: BPF verifier would reject program 'walk_past_end': access beyond struct task_struct at off 3264 size 4
// CHECK-DAG: error: BPF verifier would reject program 'walk_negative': R1 is ptr_task_struct invalid negative access: off=-8
// CHECK-DAG: error: BPF verifier would reject program 'walk_half_pointer': cannot access ptr member mm with moff 1136 in struct task_struct with off 1136 size 4
// CHECK-DAG: error: BPF verifier would reject program 'walk_var_off': R6 is ptr_task_struct invalid variable offset: off=0, var_off=(0x0; 0x1c)
// CHECK-DAG: error: BPF verifier would reject program 'walk_hole': struct task_struct doesn't have field at offset 76
// CHECK-DAG: error: BPF verifier would reject program 'mem_write': R1 cannot write into rdonly_untrusted_mem
// CHECK-DAG: error: BPF verifier would reject program 'storage_untrusted': R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'sock_cast_untrusted': R1 type=untrusted_ptr_ expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'helper_writes_task': bpf_get_current_comm() may write into memory pointed by R1 type=trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'atomic_on_task': only read is supported
// CHECK-DAG: error: BPF verifier would reject program 'global_function_task': access beyond struct thread_info at off 0 size 3264
// CHECK-DAG: error: BPF verifier would reject program 'iter_unchecked': R1 invalid mem access 'trusted_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'iter_return': At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
// CHECK-DAG: error: BPF verifier would reject program 'iter_seq_wrong_type': R1 is of type task_struct but seq_file is expected
// CHECK-DAG: error: BPF verifier would reject program 'iter_file_unchecked': R1 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'seq_outside_iter': program of this type cannot use helper bpf_seq_write#127
// CHECK-DAG: error: BPF verifier would reject program 'raw_tp_deref': R1 invalid mem access 'scalar'

// Every program's verdict, with or without the kernel:
// VERDICT:      40 programs
// VERDICT-NEXT: arg_maybe_null: reject
// VERDICT-NEXT: arg_null_checked: accept
// VERDICT-NEXT: atomic_on_task: reject
// VERDICT-NEXT: compare_pointers: accept
// VERDICT-NEXT: ctx_narrow_ptr: reject
// VERDICT-NEXT: ctx_no_arg: reject
// VERDICT-NEXT: ctx_off4: reject
// VERDICT-NEXT: ctx_ok: accept
// VERDICT-NEXT: ctx_write: reject
// VERDICT-NEXT: current_task: accept
// VERDICT-NEXT: current_task_kprobe: accept
// VERDICT-NEXT: global_function_task: reject
// VERDICT-NEXT: helper_writes_task: reject
// VERDICT-NEXT: iter_checked: accept
// VERDICT-NEXT: iter_file_unchecked: reject
// VERDICT-NEXT: iter_map: accept
// VERDICT-NEXT: iter_return: reject
// VERDICT-NEXT: iter_seq_wrong_type: reject
// VERDICT-NEXT: iter_unchecked: reject
// VERDICT-NEXT: mem_read: accept
// VERDICT-NEXT: mem_write: reject
// VERDICT-NEXT: probe_read: accept
// VERDICT-NEXT: raw_tp_deref: reject
// VERDICT-NEXT: raw_tp_probe_read: accept
// VERDICT-NEXT: seq_outside_iter: reject
// VERDICT-NEXT: sleepable_walk: accept
// VERDICT-NEXT: sock_cast_untrusted: reject
// VERDICT-NEXT: static_function_task: accept
// VERDICT-NEXT: storage_rcu: accept
// VERDICT-NEXT: storage_trusted: accept
// VERDICT-NEXT: storage_untrusted: reject
// VERDICT-NEXT: walk_array: accept
// VERDICT-NEXT: walk_half_pointer: reject
// VERDICT-NEXT: walk_hole: reject
// VERDICT-NEXT: walk_negative: reject
// VERDICT-NEXT: walk_past_end: reject
// VERDICT-NEXT: walk_safe_chain: accept
// VERDICT-NEXT: walk_untrusted_chain: accept
// VERDICT-NEXT: walk_var_off: reject
// VERDICT-NEXT: walk_write: reject

// KERNEL-DAG: ctx_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: ctx_off4: ours=reject kernel=reject message=match
// KERNEL-DAG: ctx_narrow_ptr: ours=reject kernel=reject message=match
// KERNEL-DAG: ctx_no_arg: ours=reject kernel=reject message=match
// KERNEL-DAG: ctx_write: ours=reject kernel=reject message=match
// KERNEL-DAG: arg_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: arg_null_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: walk_write: ours=reject kernel=reject message=match
// KERNEL-DAG: walk_untrusted_chain: ours=accept kernel=accept message=n/a
// KERNEL-DAG: walk_safe_chain: ours=accept kernel=accept message=n/a
// KERNEL-DAG: walk_past_end: ours=reject kernel=reject message=match
// KERNEL-DAG: walk_negative: ours=reject kernel=reject message=match
// KERNEL-DAG: walk_half_pointer: ours=reject kernel=reject message=match
// KERNEL-DAG: walk_var_off: ours=reject kernel=reject message=match
// KERNEL-DAG: walk_array: ours=accept kernel=accept message=n/a
// KERNEL-DAG: walk_hole: ours=reject kernel=reject message=match
// KERNEL-DAG: mem_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: mem_write: ours=reject kernel=reject message=match
// KERNEL-DAG: compare_pointers: ours=accept kernel=accept message=n/a
// KERNEL-DAG: current_task: ours=accept kernel=accept message=n/a
// KERNEL-DAG: current_task_kprobe: ours=accept kernel=accept message=n/a
// KERNEL-DAG: storage_trusted: ours=accept kernel=accept message=n/a
// KERNEL-DAG: storage_rcu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: storage_untrusted: ours=reject kernel=reject message=match
// KERNEL-DAG: sock_cast_untrusted: ours=reject kernel=reject message=match
// KERNEL-DAG: probe_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: helper_writes_task: ours=reject kernel=reject message=match
// KERNEL-DAG: atomic_on_task: ours=reject kernel=reject message=match
// KERNEL-DAG: sleepable_walk: ours=accept kernel=accept message=n/a
// KERNEL-DAG: global_function_task: ours=reject kernel=reject message=match
// KERNEL-DAG: static_function_task: ours=accept kernel=accept message=n/a
// KERNEL-DAG: iter_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: iter_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: iter_return: ours=reject kernel=reject message=match
// KERNEL-DAG: iter_seq_wrong_type: ours=reject kernel=reject message=match
// KERNEL-DAG: iter_file_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: iter_map: ours=accept kernel=accept message=n/a
// KERNEL-DAG: seq_outside_iter: ours=reject kernel=reject message=match
// KERNEL-DAG: raw_tp_deref: ours=reject kernel=reject message=match
// KERNEL-DAG: raw_tp_probe_read: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
