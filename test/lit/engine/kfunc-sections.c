// RCU read sections and non-preemptible sections opened and closed by
// kfuncs: no nested RCU section, nothing closed that is not open, nothing
// left open at the program's exit, a tail call or a legacy packet load; a
// static function may close what its caller opened, and 6.18 lets global
// functions be called inside either. Prototypes come from the running
// kernel's BTF.
// REQUIRES: vmlinux-btf
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern void bpf_preempt_disable(void) __ksym;
extern void bpf_preempt_enable(void) __ksym;
unsigned long long load_byte(void *skb,
                             unsigned long long off) asm("llvm.bpf.load.byte");

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, int);
} jumps SEC(".maps");

__attribute__((noinline)) int plus_one(int x) { return x + 1; }

static __attribute__((noinline)) int unlock_and_add(int x) {
  bpf_rcu_read_unlock();
  return x + 1;
}

SEC("tc") int rcu_section(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  int r = plus_one(skb->len);
  bpf_rcu_read_unlock();
  return r;
}

SEC("tc") int rcu_closed_by_callee(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  return unlock_and_add(skb->len);
}

SEC("tc") int rcu_left_open(struct __sk_buff *skb) {
  if (skb->len > 10)
    bpf_rcu_read_lock();
  if (skb->len > 10)
    bpf_rcu_read_unlock();
  return 0;
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'rcu_left_open': BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region
}

SEC("tc") int rcu_nested(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  bpf_rcu_read_lock();
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'rcu_nested': nested rcu read lock (kernel function bpf_rcu_read_lock)
  bpf_rcu_read_unlock();
  return 0;
}

SEC("tc") int rcu_unmatched(struct __sk_buff *skb) {
  bpf_rcu_read_unlock();
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'rcu_unmatched': unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)
  return 0;
}

SEC("tc") int rcu_tail_call(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  bpf_tail_call(skb, &jumps, 0);
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'rcu_tail_call': tail_call cannot be used inside bpf_rcu_read_lock-ed region
  bpf_rcu_read_unlock();
  return 0;
}

SEC("socket") int rcu_load_byte(struct __sk_buff *skb) {
  bpf_rcu_read_lock();
  int r = load_byte(skb, 0);
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:11: warning: BPF verifier would reject program 'rcu_load_byte': BPF_LD_[ABS|IND] cannot be used inside bpf_rcu_read_lock-ed region
  bpf_rcu_read_unlock();
  return r;
}

SEC("tc") int preempt_twice(struct __sk_buff *skb) {
  bpf_preempt_disable();
  bpf_preempt_disable();
  int r = plus_one(skb->len);
  bpf_preempt_enable();
  bpf_preempt_enable();
  return r;
}

SEC("tc") int preempt_left_disabled(struct __sk_buff *skb) {
  bpf_preempt_disable();
  bpf_preempt_disable();
  bpf_preempt_enable();
  return 0;
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'preempt_left_disabled': BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region
}

SEC("tc") int preempt_unmatched(struct __sk_buff *skb) {
  bpf_preempt_enable();
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'preempt_unmatched': unmatched attempt to enable preemption (kernel function bpf_preempt_enable)
  return 0;
}

SEC("tc") int preempt_tail_call(struct __sk_buff *skb) {
  bpf_preempt_disable();
  bpf_tail_call(skb, &jumps, 0);
  // CHECK-DAG: kfunc-sections.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'preempt_tail_call': tail_call cannot be used inside bpf_preempt_disable-ed region
  bpf_preempt_enable();
  return 0;
}

SEC("kprobe/do_nanosleep") int rcu_in_kprobe(void *ctx) {
  bpf_rcu_read_lock();
  bpf_rcu_read_unlock();
  return 0;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      12 programs
// VERDICT-NEXT: preempt_left_disabled: reject
// VERDICT-NEXT: preempt_tail_call: reject
// VERDICT-NEXT: preempt_twice: accept
// VERDICT-NEXT: preempt_unmatched: reject
// VERDICT-NEXT: rcu_closed_by_callee: accept
// VERDICT-NEXT: rcu_in_kprobe: accept
// VERDICT-NEXT: rcu_left_open: reject
// VERDICT-NEXT: rcu_load_byte: reject
// VERDICT-NEXT: rcu_nested: reject
// VERDICT-NEXT: rcu_section: accept
// VERDICT-NEXT: rcu_tail_call: reject
// VERDICT-NEXT: rcu_unmatched: reject

// KERNEL-DAG: rcu_section: ours=accept kernel=accept
// KERNEL-DAG: rcu_closed_by_callee: ours=accept kernel=accept
// KERNEL-DAG: rcu_left_open: ours=reject kernel=reject message=match
// KERNEL-DAG: rcu_nested: ours=reject kernel=reject message=match
// KERNEL-DAG: rcu_unmatched: ours=reject kernel=reject message=match
// KERNEL-DAG: rcu_tail_call: ours=reject kernel=reject message=match
// KERNEL-DAG: rcu_load_byte: ours=reject kernel=reject message=match
// KERNEL-DAG: preempt_twice: ours=accept kernel=accept
// KERNEL-DAG: preempt_left_disabled: ours=reject kernel=reject message=match
// KERNEL-DAG: preempt_unmatched: ours=reject kernel=reject message=match
// KERNEL-DAG: preempt_tail_call: ours=reject kernel=reject message=match
// KERNEL-DAG: rcu_in_kprobe: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
