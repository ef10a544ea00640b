// Two checks the whole-set selftests measure found missing: a helper that
// may sleep is refused in a program that may not, and a global function's
// memory argument must be writable, since the callee may write it
// (check_mem_reg() checks a read and a write), so a pointer into .rodata is
// refused at the call.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int sleeps_in_kprobe(void *ctx) {
  char buf[8];
  bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
  // CHECK: sleep-and-global-writes.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'sleeps_in_kprobe': helper call might sleep in a non-sleepable prog
  return buf[0];
}

SEC("uprobe.s//bin/true:main") int sleeps_in_uprobe_s(void *ctx) {
  char buf[8];
  bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
  return buf[0];
}

__attribute__((noinline)) int store(int *p) { return p ? (*p = 42) : 0; }

const volatile int knob;
int counter;

SEC("tc") int passes_rodata(struct __sk_buff *skb) {
  return store((int *)&knob);
  // CHECK: sleep-and-global-writes.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'passes_rodata': write into map forbidden, value_size=4 off=0 size=4
}

SEC("tc") int passes_data(struct __sk_buff *skb) {
  return store(&counter);
}

// CHECK-NOT: warning: BPF verifier would reject

// Every program's verdict, with or without the kernel:
// VERDICT:      4 programs
// VERDICT-NEXT: passes_data: accept
// VERDICT-NEXT: passes_rodata: reject
// VERDICT-NEXT: sleeps_in_kprobe: reject
// VERDICT-NEXT: sleeps_in_uprobe_s: accept
// KERNEL-DAG: passes_data: ours=accept kernel=accept
// KERNEL-DAG: passes_rodata: ours=reject kernel=reject message=match
// KERNEL-DAG: sleeps_in_kprobe: ours=reject kernel=reject message=match
// KERNEL-DAG: sleeps_in_uprobe_s: ours=accept kernel=accept

char LICENSE[] SEC("license") = "GPL";
