// Kernel struct pointers stored in map values: a `__kptr` field owns a
// referenced pointer that only bpf_kptr_xchg() moves (the old value comes
// back as a new reference, the stored one leaves the program's state); a
// plain load yields an RCU-protected or untrusted, possibly NULL pointer;
// a `__kptr_untrusted` field takes plain stores of its own type. Every
// verdict and message is compared with the running kernel.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern void bpf_cgroup_release(struct cgroup *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct val {
  long count;
  struct task_struct __kptr *task;
  struct task_struct __kptr_untrusted *seen;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, u32);
  __type(value, struct val);
} kmap SEC(".maps");

static __always_inline struct val *first(void) {
  u32 k = 0;
  return bpf_map_lookup_elem(&kmap, &k);
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_stash, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *t, *old;
  if (!v)
    return 0;
  t = bpf_task_acquire(task);
  if (!t)
    return 0;
  old = bpf_kptr_xchg(&v->task, t);
  if (old)
    bpf_task_release(old);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_old_leaks, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *t;
  if (!v)
    return 0;
  t = bpf_task_acquire(task);
  if (!t)
    return 0;
  bpf_kptr_xchg(&v->task, t);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_borrowed, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *old;
  if (!v)
    return 0;
  old = bpf_kptr_xchg(&v->task, task);
  if (old)
    bpf_task_release(old);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_wrong_type, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct cgroup *c, *old;
  if (!v)
    return 0;
  c = bpf_cgroup_from_id(1);
  if (!c)
    return 0;
  old = bpf_kptr_xchg(&v->task, c);
  if (old)
    bpf_cgroup_release(old);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_untrusted_field, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  if (!v)
    return 0;
  bpf_kptr_xchg(&v->seen, 0);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(x_take_out, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *old;
  if (!v)
    return 0;
  old = bpf_kptr_xchg(&v->task, 0);
  if (old)
    bpf_task_release(old);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(l_checked, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *t;
  if (!v)
    return 0;
  t = v->task;
  if (!t)
    return 0;
  return t->pid;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(l_unchecked, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  if (!v)
    return 0;
  return v->task->pid;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(l_acquire, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *t;
  if (!v)
    return 0;
  t = v->task;
  if (!t)
    return 0;
  t = bpf_task_acquire(t);
  if (t)
    bpf_task_release(t);
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(l_misaligned, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  if (!v)
    return 0;
  return *(int *)((char *)&v->task + 4);
}

SEC("tp_btf/task_newtask")
int BPF_PROG(s_referenced, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  if (!v)
    return 0;
  v->task = task;
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(s_untrusted, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  if (!v)
    return 0;
  v->seen = task;
  return 0;
}

SEC("tp_btf/task_newtask")
int BPF_PROG(s_untrusted_read, struct task_struct *task, u64 clone_flags) {
  struct val *v = first();
  struct task_struct *t;
  if (!v)
    return 0;
  t = v->seen;
  if (!t)
    return 0;
  return t->pid;
}
// CHECK-DAG: error: BPF verifier would reject program 'x_old_leaks': Unreleased reference id=4 alloc_insn=16
// CHECK-DAG: error: BPF verifier would reject program 'x_borrowed': R2 must be referenced when passed to release function
// CHECK-DAG: error: BPF verifier would reject program 'x_wrong_type': invalid kptr access, R2 type=ptr_cgroup expected=ptr_task_struct
// CHECK-DAG: error: BPF verifier would reject program 'x_untrusted_field': off=16 kptr isn't referenced kptr
// CHECK-DAG: error: BPF verifier would reject program 'l_unchecked': R1 invalid mem access 'rcu_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'l_misaligned': kptr access misaligned expected=8 off=12
// CHECK-DAG: error: BPF verifier would reject program 's_referenced': store to referenced kptr disallowed

// VERDICT:      13 programs
// VERDICT-NEXT: l_acquire: accept
// VERDICT-NEXT: l_checked: accept
// VERDICT-NEXT: l_misaligned: reject
// VERDICT-NEXT: l_unchecked: reject
// VERDICT-NEXT: s_referenced: reject
// VERDICT-NEXT: s_untrusted: accept
// VERDICT-NEXT: s_untrusted_read: accept
// VERDICT-NEXT: x_borrowed: reject
// VERDICT-NEXT: x_old_leaks: reject
// VERDICT-NEXT: x_stash: accept
// VERDICT-NEXT: x_take_out: accept
// VERDICT-NEXT: x_untrusted_field: reject
// VERDICT-NEXT: x_wrong_type: reject

// KERNEL-DAG: x_stash: ours=accept kernel=accept message=n/a
// KERNEL-DAG: x_old_leaks: ours=reject kernel=reject message=match
// KERNEL-DAG: x_borrowed: ours=reject kernel=reject message=match
// KERNEL-DAG: x_wrong_type: ours=reject kernel=reject message=match
// KERNEL-DAG: x_untrusted_field: ours=reject kernel=reject message=match
// KERNEL-DAG: x_take_out: ours=accept kernel=accept message=n/a
// KERNEL-DAG: l_checked: ours=accept kernel=accept message=n/a
// KERNEL-DAG: l_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: l_acquire: ours=accept kernel=accept message=n/a
// KERNEL-DAG: l_misaligned: ours=reject kernel=reject message=match
// KERNEL-DAG: s_referenced: ours=reject kernel=reject message=match
// KERNEL-DAG: s_untrusted: ours=accept kernel=accept message=n/a
// KERNEL-DAG: s_untrusted_read: ours=accept kernel=accept message=n/a
