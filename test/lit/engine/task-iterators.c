// Open-coded iterators over kernel objects: tasks (bpf_iter_task), cgroup
// subsystem states (bpf_iter_css), a css's tasks (bpf_iter_css_task) and a
// task's memory areas (bpf_iter_task_vma). `next` returns a maybe-NULL
// kernel struct pointer, RCU-protected for the task and css iterators; those
// two need an RCU critical section (a non-sleepable program is one), and
// bpf_rcu_read_unlock() makes them unusable; css_task is refused outside
// LSM, iter/ and sleepable programs. Every verdict checked against 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern int bpf_iter_task_new(struct bpf_iter_task *it, struct task_struct *task__nullable, unsigned int flags) __ksym;
extern struct task_struct *bpf_iter_task_next(struct bpf_iter_task *it) __ksym;
extern void bpf_iter_task_destroy(struct bpf_iter_task *it) __ksym;
extern int bpf_iter_css_new(struct bpf_iter_css *it, struct cgroup_subsys_state *start, unsigned int flags) __ksym;
extern struct cgroup_subsys_state *bpf_iter_css_next(struct bpf_iter_css *it) __ksym;
extern void bpf_iter_css_destroy(struct bpf_iter_css *it) __ksym;
extern int bpf_iter_css_task_new(struct bpf_iter_css_task *it, struct cgroup_subsys_state *css, unsigned int flags) __ksym;
extern struct task_struct *bpf_iter_css_task_next(struct bpf_iter_css_task *it) __ksym;
extern void bpf_iter_css_task_destroy(struct bpf_iter_css_task *it) __ksym;
extern int bpf_iter_task_vma_new(struct bpf_iter_task_vma *it, struct task_struct *task, __u64 addr) __ksym;
extern struct vm_area_struct *bpf_iter_task_vma_next(struct bpf_iter_task_vma *it) __ksym;
extern void bpf_iter_task_vma_destroy(struct bpf_iter_task_vma *it) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern void bpf_cgroup_release(struct cgroup *p) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sys_enter") int task_all_rcu(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    n += p->pid;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("tp_btf/sys_enter") int task_no_rcu(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    n += p->pid;
  bpf_iter_task_destroy(&it);
  return n & 1;
}
SEC("tp_btf/sys_enter") int task_unchecked(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  p = bpf_iter_task_next(&it);
  n = p->pid;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("tp_btf/sys_enter") int task_leak(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  p = bpf_iter_task_next(&it);
  bpf_rcu_read_unlock();
  return p ? 1 : 0;
}
SEC("tp_btf/sys_enter") int task_unlock_inside(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  bpf_rcu_read_unlock();
  p = bpf_iter_task_next(&it);
  bpf_iter_task_destroy(&it);
  return p ? 1 : 0;
}
SEC("tp_btf/sys_enter") int task_of_current(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, bpf_get_current_task_btf(), 1);
  while ((p = bpf_iter_task_next(&it)))
    n++;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("tp_btf/sys_enter") int task_untrusted_arg(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  struct task_struct *cur = bpf_get_current_task_btf();
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, cur->parent, 1);
  while ((p = bpf_iter_task_next(&it)))
    n++;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("tp_btf/sys_enter") int css_walk(void *ctx) {
  struct bpf_iter_css it;
  struct cgroup_subsys_state *pos;
  struct cgroup *cg = bpf_cgroup_from_id(1);
  int n = 0;
  if (!cg)
    return 0;
  bpf_rcu_read_lock();
  bpf_iter_css_new(&it, &cg->self, 1);
  while ((pos = bpf_iter_css_next(&it)))
    n += pos->cgroup->level;
  bpf_iter_css_destroy(&it);
  bpf_rcu_read_unlock();
  bpf_cgroup_release(cg);
  return n & 1;
}
SEC("tp_btf/sys_enter") int css_no_rcu(void *ctx) {
  struct bpf_iter_css it;
  struct cgroup_subsys_state *pos;
  struct cgroup *cg = bpf_cgroup_from_id(1);
  int n = 0;
  if (!cg)
    return 0;
  bpf_iter_css_new(&it, &cg->self, 1);
  while ((pos = bpf_iter_css_next(&it)))
    n++;
  bpf_iter_css_destroy(&it);
  bpf_cgroup_release(cg);
  return n & 1;
}
SEC("tp_btf/sys_enter") int css_task_tp(void *ctx) {
  struct bpf_iter_css_task it;
  struct task_struct *p;
  struct cgroup *cg = bpf_cgroup_from_id(1);
  int n = 0;
  if (!cg)
    return 0;
  bpf_iter_css_task_new(&it, &cg->self, 1);
  while ((p = bpf_iter_css_task_next(&it)))
    n++;
  bpf_iter_css_task_destroy(&it);
  bpf_cgroup_release(cg);
  return n & 1;
}
SEC("iter/cgroup") int css_task_iter(struct bpf_iter__cgroup *ctx) {
  struct bpf_iter_css_task it;
  struct task_struct *p;
  struct cgroup *cg = ctx->cgroup;
  int n = 0;
  if (!cg)
    return 0;
  bpf_iter_css_task_new(&it, &cg->self, 1);
  while ((p = bpf_iter_css_task_next(&it)))
    n += p->pid;
  bpf_iter_css_task_destroy(&it);
  return n & 1;
}
SEC("iter/task") int vma_walk(struct bpf_iter__task *ctx) {
  struct bpf_iter_task_vma it;
  struct vm_area_struct *v;
  struct task_struct *t = ctx->task;
  long n = 0;
  if (!t)
    return 0;
  bpf_iter_task_vma_new(&it, t, 0);
  while ((v = bpf_iter_task_vma_next(&it)))
    n += v->vm_end - v->vm_start;
  bpf_iter_task_vma_destroy(&it);
  return n & 1;
}
SEC("tp_btf/sys_enter") int vma_current(void *ctx) {
  struct bpf_iter_task_vma it;
  struct vm_area_struct *v;
  long n = 0;
  bpf_iter_task_vma_new(&it, bpf_get_current_task_btf(), 0);
  while ((v = bpf_iter_task_vma_next(&it)))
    n++;
  bpf_iter_task_vma_destroy(&it);
  return n & 1;
}
SEC("tp_btf/sys_enter") int vma_null_task(void *ctx) {
  struct bpf_iter_task_vma it;
  bpf_iter_task_vma_new(&it, NULL, 0);
  bpf_iter_task_vma_destroy(&it);
  return 0;
}
SEC("tp_btf/sys_enter") int task_next_uninit(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  bpf_rcu_read_lock();
  p = bpf_iter_task_next(&it);
  bpf_rcu_read_unlock();
  return p ? 1 : 0;
}
SEC("tp_btf/sys_enter") int task_ptr_after_unlock(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p, *q = 0;
  int n = 0;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    q = p;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return q ? q->pid : 0;
}
SEC("syscall") int sleepable_no_rcu(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    n++;
  bpf_iter_task_destroy(&it);
  return n & 1;
}
SEC("syscall") int sleepable_rcu(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p;
  int n = 0;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    n += p->pid;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("syscall") int css_task_sleepable(void *ctx) {
  struct bpf_iter_css_task it;
  struct task_struct *p, *t;
  struct cgroup *cg = bpf_cgroup_from_id(1);
  int n = 0;
  if (!cg)
    return 0;
  bpf_iter_css_task_new(&it, &cg->self, 1);
  while ((p = bpf_iter_css_task_next(&it))) {
    t = bpf_task_acquire(p);
    if (t) {
      n += t->pid;
      bpf_task_release(t);
    }
  }
  bpf_iter_css_task_destroy(&it);
  bpf_cgroup_release(cg);
  return n & 1;
}
SEC("tp_btf/sys_enter") int acquire_after_unlock(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p, *q = 0, *t;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it)))
    q = p;
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  if (!q)
    return 0;
  t = bpf_task_acquire(q);
  if (t)
    bpf_task_release(t);
  return 0;
}
SEC("tp_btf/sys_enter") int acquire_in_loop(void *ctx) {
  struct bpf_iter_task it;
  struct task_struct *p, *t;
  int n = 0;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  while ((p = bpf_iter_task_next(&it))) {
    t = bpf_task_acquire(p);
    if (!t)
      continue;
    n += t->pid;
    bpf_task_release(t);
  }
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return n & 1;
}
SEC("tp_btf/sys_enter") int double_new(void *ctx) {
  struct bpf_iter_task it;
  bpf_rcu_read_lock();
  bpf_iter_task_new(&it, NULL, 2);
  bpf_iter_task_new(&it, NULL, 2);
  bpf_iter_task_destroy(&it);
  bpf_rcu_read_unlock();
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'task_unchecked': R0 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'task_leak': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'task_unlock_inside': expected an RCU CS when using bpf_iter_task_next
// CHECK-DAG: error: BPF verifier would reject program 'task_untrusted_arg': R2 must be referenced or trusted
// CHECK-DAG: error: BPF verifier would reject program 'css_task_tp': css_task_iter is only allowed in bpf_lsm, bpf_iter and sleepable progs
// CHECK-DAG: error: BPF verifier would reject program 'vma_null_task': Possibly NULL pointer passed to trusted arg1
// CHECK-DAG: error: BPF verifier would reject program 'task_next_uninit': expected an initialized iter_task as arg #0
// CHECK-DAG: error: BPF verifier would reject program 'sleepable_no_rcu': kernel func bpf_iter_task_new requires RCU critical section protection
// CHECK-DAG: error: BPF verifier would reject program 'acquire_after_unlock': R1 must be a rcu pointer
// CHECK-DAG: error: BPF verifier would reject program 'double_new': expected uninitialized iter_task as arg #0

// VERDICT:      22 programs
// VERDICT-NEXT: acquire_after_unlock: reject
// VERDICT-NEXT: acquire_in_loop: accept
// VERDICT-NEXT: css_no_rcu: accept
// VERDICT-NEXT: css_task_iter: accept
// VERDICT-NEXT: css_task_sleepable: accept
// VERDICT-NEXT: css_task_tp: reject
// VERDICT-NEXT: css_walk: accept
// VERDICT-NEXT: double_new: reject
// VERDICT-NEXT: sleepable_no_rcu: reject
// VERDICT-NEXT: sleepable_rcu: accept
// VERDICT-NEXT: task_all_rcu: accept
// VERDICT-NEXT: task_leak: reject
// VERDICT-NEXT: task_next_uninit: reject
// VERDICT-NEXT: task_no_rcu: accept
// VERDICT-NEXT: task_of_current: accept
// VERDICT-NEXT: task_ptr_after_unlock: accept
// VERDICT-NEXT: task_unchecked: reject
// VERDICT-NEXT: task_unlock_inside: reject
// VERDICT-NEXT: task_untrusted_arg: reject
// VERDICT-NEXT: vma_current: accept
// VERDICT-NEXT: vma_null_task: reject
// VERDICT-NEXT: vma_walk: accept

// KERNEL-DAG: task_all_rcu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: task_no_rcu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: task_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: task_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: task_unlock_inside: ours=reject kernel=reject message=match
// KERNEL-DAG: task_of_current: ours=accept kernel=accept message=n/a
// KERNEL-DAG: task_untrusted_arg: ours=reject kernel=reject message=match
// KERNEL-DAG: css_walk: ours=accept kernel=accept message=n/a
// KERNEL-DAG: css_no_rcu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: css_task_tp: ours=reject kernel=reject message=match
// KERNEL-DAG: vma_current: ours=accept kernel=accept message=n/a
// KERNEL-DAG: vma_null_task: ours=reject kernel=reject message=match
// KERNEL-DAG: task_next_uninit: ours=reject kernel=reject message=match
// KERNEL-DAG: task_ptr_after_unlock: ours=accept kernel=accept message=n/a
// KERNEL-DAG: acquire_after_unlock: ours=reject kernel=reject message=match
// KERNEL-DAG: acquire_in_loop: ours=accept kernel=accept message=n/a
// KERNEL-DAG: double_new: ours=reject kernel=reject message=match
// KERNEL-DAG: css_task_iter: ours=accept kernel=accept message=n/a
// KERNEL-DAG: vma_walk: ours=accept kernel=accept message=n/a
// KERNEL-DAG: sleepable_no_rcu: ours=reject kernel=reject message=match
// KERNEL-DAG: sleepable_rcu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: css_task_sleepable: ours=accept kernel=accept message=n/a
