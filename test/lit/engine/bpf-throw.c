// bpf_throw() ends the path like an exit of the whole program, from any
// frame: the cookie is the program's return value when the default
// exception callback returns it (checked in R1 against the program type's
// range; only for a scalar in a global function verified on its own), no
// reference may be held in any frame, no RCU or non-preemptible section may
// be open (references first). The decl tag that names an exception callback
// is checked at load: one tag, a global function. Calling that callback
// directly is refused by the call-graph walk after verification.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern void bpf_preempt_disable(void) __ksym;
extern void bpf_preempt_enable(void) __ksym;
extern struct task_struct *bpf_task_from_pid(int pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

#define NOINLINE __attribute__((noinline))

// tc programs may return anything: any scalar cookie will do.
SEC("tc") int tc_const(struct __sk_buff *skb) {
  bpf_throw(64);
  return 0;
}
SEC("tc") int tc_any_cookie(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw(skb->mark);
  return 0;
}
SEC("tc") int tc_pointer_cookie(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw((long)skb);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_pointer_cookie': R1 is not a scalar

// cgroup_skb/egress returns [0, 3]; so must the cookie.
SEC("cgroup_skb/egress") int cg_cookie_in_range(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw(1);
  return 1;
}
SEC("cgroup_skb/egress") int cg_cookie_five(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw(5);
  return 1;
}
// CHECK-DAG: error: BPF verifier would reject program 'cg_cookie_five': At program exit the register R1 has smin=5 smax=5 should have been in [0, 3]
SEC("cgroup_skb/egress") int cg_cookie_unbounded(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw(skb->mark);
  return 1;
}
// CHECK-DAG: error: BPF verifier would reject program 'cg_cookie_unbounded': At program exit the register R1 has smin=0 smax=4294967295 should have been in [0, 3]

// From a static subprogram the cookie is still the program's value...
static NOINLINE int throw_five_if_big(int x) {
  if (x > 10)
    bpf_throw(5);
  return x;
}
SEC("cgroup_skb/egress") int cg_static_throws_five(struct __sk_buff *skb) {
  return throw_five_if_big(skb->len) & 1;
}
// CHECK-DAG: error: BPF verifier would reject program 'cg_static_throws_five': At program exit the register R1 has smin=5 smax=5 should have been in [0, 3]

// ...but a global function, verified on its own, only needs a scalar.
NOINLINE int global_throws_five(int x) {
  if (x > 10)
    bpf_throw(5);
  return x;
}
SEC("cgroup_skb/egress") int cg_global_throws_five(struct __sk_buff *skb) {
  return global_throws_five(skb->len) & 1;
}
NOINLINE int global_throws_pointer(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_throw((long)skb);
  return 0;
}
SEC("tc") int tc_global_throws_pointer(struct __sk_buff *skb) {
  return global_throws_pointer(skb);
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_global_throws_pointer': R1 is not a scalar

// References, in every frame.
SEC("tc") int tc_throw_holding_task(struct __sk_buff *skb) {
  struct task_struct *t = bpf_task_from_pid(1);
  if (!t)
    return 0;
  if (skb->len > 10)
    bpf_throw(0);
  bpf_task_release(t);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_throw_holding_task': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
static NOINLINE int throw_if_big(int x) {
  if (x > 10)
    bpf_throw(0);
  return x;
}
SEC("tc") int tc_callee_throws_holding_task(struct __sk_buff *skb) {
  struct task_struct *t = bpf_task_from_pid(1);
  if (!t)
    return 0;
  int r = throw_if_big(skb->len);
  bpf_task_release(t);
  return r;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_callee_throws_holding_task': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}

// Critical sections, after references.
SEC("tc") int tc_callee_throws_under_rcu(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  int r = throw_if_big(skb->len);
  bpf_rcu_read_unlock();
  return r;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_callee_throws_under_rcu': bpf_throw cannot be used inside bpf_rcu_read_lock-ed region
SEC("tc") int tc_throw_preempt_disabled(struct __sk_buff *skb) {
  bpf_preempt_disable();
  if (skb->len > 10)
    bpf_throw(0);
  bpf_preempt_enable();
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_throw_preempt_disabled': bpf_throw cannot be used inside bpf_preempt_disable-ed region
SEC("tc") int tc_throw_under_rcu_holding_task(struct __sk_buff *skb) {
  struct task_struct *t = bpf_task_from_pid(1);
  if (!t)
    return 0;
  bpf_rcu_read_lock();
  if (skb->len > 10)
    bpf_throw(0);
  bpf_rcu_read_unlock();
  bpf_task_release(t);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_throw_under_rcu_holding_task': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}

// In a callback the cookie is checked first; the call-graph walk refuses
// the throw afterwards.
static int throw_seven(__u32 i, void *ctx) {
  bpf_throw(7);
  return 0;
}
SEC("cgroup_skb/egress") int cg_loop_callback_throws(struct __sk_buff *skb) {
  bpf_loop(2, throw_seven, 0, 0);
  return 1;
}
// CHECK-DAG: error: BPF verifier would reject program 'cg_loop_callback_throws': At program exit the register R1 has smin=7 smax=7 should have been in [0, 3]

// The exception_callback: decl tag.
NOINLINE int odd_cookie(__u64 cookie) { return cookie & 1; }
NOINLINE int even_cookie(__u64 cookie) { return !(cookie & 1); }
SEC("tc")
__attribute__((btf_decl_tag("exception_callback:odd_cookie")))
__attribute__((btf_decl_tag("exception_callback:even_cookie")))
int tc_two_exception_callbacks(struct __sk_buff *skb) {
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_two_exception_callbacks': multiple exception callback tags for main subprog
static NOINLINE int static_cookie(__u64 cookie) { return cookie & 1; }
SEC("tc")
__attribute__((btf_decl_tag("exception_callback:static_cookie")))
int tc_static_exception_callback(struct __sk_buff *skb) {
  return static_cookie(skb->len);
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_static_exception_callback': exception callback 'static_cookie' must have global linkage
SEC("tc")
__attribute__((btf_decl_tag("exception_callback:no_such_function")))
int tc_missing_exception_callback(struct __sk_buff *skb) {
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_missing_exception_callback': exception callback 'no_such_function' could not be found in BTF
SEC("tc")
__attribute__((btf_decl_tag("exception_callback:odd_cookie")))
int tc_calls_exception_callback(struct __sk_buff *skb) {
  return odd_cookie(skb->len);
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_calls_exception_callback': insn {{[0-9]+}} cannot call exception cb directly

// VERDICT:      19 programs
// VERDICT-NEXT: cg_cookie_five: reject
// VERDICT-NEXT: cg_cookie_in_range: accept
// VERDICT-NEXT: cg_cookie_unbounded: reject
// VERDICT-NEXT: cg_global_throws_five: accept
// VERDICT-NEXT: cg_loop_callback_throws: reject
// VERDICT-NEXT: cg_static_throws_five: reject
// VERDICT-NEXT: tc_any_cookie: accept
// VERDICT-NEXT: tc_callee_throws_holding_task: reject
// VERDICT-NEXT: tc_callee_throws_under_rcu: reject
// VERDICT-NEXT: tc_calls_exception_callback: reject
// VERDICT-NEXT: tc_const: accept
// VERDICT-NEXT: tc_global_throws_pointer: reject
// VERDICT-NEXT: tc_missing_exception_callback: reject
// VERDICT-NEXT: tc_pointer_cookie: reject
// VERDICT-NEXT: tc_static_exception_callback: reject
// VERDICT-NEXT: tc_throw_holding_task: reject
// VERDICT-NEXT: tc_throw_preempt_disabled: reject
// VERDICT-NEXT: tc_throw_under_rcu_holding_task: reject
// VERDICT-NEXT: tc_two_exception_callbacks: reject

// KERNEL-DAG: tc_const: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_any_cookie: ours=accept kernel=accept message=n/a
// KERNEL-DAG: tc_pointer_cookie: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_global_throws_pointer: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_throw_holding_task: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_callee_throws_holding_task: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_callee_throws_under_rcu: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_throw_preempt_disabled: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_throw_under_rcu_holding_task: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_two_exception_callbacks: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_static_exception_callback: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_missing_exception_callback: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_calls_exception_callback: ours=reject kernel=reject message=match
// KERNEL-DAG: cg_cookie_in_range: ours=accept kernel=accept message=n/a
// KERNEL-DAG: cg_cookie_five: ours=reject kernel=reject message=match
// KERNEL-DAG: cg_cookie_unbounded: ours=reject kernel=reject message=match
// KERNEL-DAG: cg_static_throws_five: ours=reject kernel=reject message=match
// KERNEL-DAG: cg_global_throws_five: ours=accept kernel=accept message=n/a
// KERNEL-DAG: cg_loop_callback_throws: ours=reject kernel=reject message=match
