// Typed __ksym variables: the verifier looks up each one's address in the
// running kernel's symbol table before verifying the program, and refuses
// the program when it is missing, which is the case for every data symbol
// on a kernel built without CONFIG_KALLSYMS_ALL (the development machine's
// 6.18). bpf_this_cpu_ptr's argument must be a per-CPU pointer. Checked
// against the 6.18 kernel.
// REQUIRES: vmlinux-btf, kallsyms-no-data
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern struct rq runqueues __ksym;
extern const int cpu_number __ksym;

// The verifier resolves every typed __ksym ld_imm64 before it verifies the
// program; without data symbols in kallsyms each one is refused, used or not.
SEC("tp_btf/sched_switch") int ksym_struct(u64 *ctx) {
  return runqueues.nr_running;
}
SEC("tp_btf/sched_switch") int ksym_this_cpu(u64 *ctx) {
  const int *n = bpf_this_cpu_ptr(&cpu_number);
  return *n;
}
SEC("kprobe/do_nanosleep") int ksym_dead_code(void *ctx) {
  if (bpf_get_prandom_u32() > 5)
    return 0;
  struct rq *rq = bpf_per_cpu_ptr(&runqueues, 0);
  return rq ? 1 : 0;
}
// bpf_this_cpu_ptr takes only a per-CPU kernel pointer.
SEC("tp_btf/sched_switch") int this_cpu_task(u64 *ctx) {
  return bpf_this_cpu_ptr((void *)ctx[1]) != 0;
}

// The first line of each rejection is the kernel's message:
// CHECK-DAG: error: BPF verifier would reject program 'ksym_struct': ldimm64 failed to find the address for kernel symbol 'runqueues'.
// CHECK-DAG: error: BPF verifier would reject program 'ksym_this_cpu': ldimm64 failed to find the address for kernel symbol 'cpu_number'.
// CHECK-DAG: error: BPF verifier would reject program 'ksym_dead_code': ldimm64 failed to find the address for kernel symbol 'runqueues'.
// CHECK-DAG: error: BPF verifier would reject program 'this_cpu_task': R1 type=trusted_ptr_ expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_

// Every program's verdict, with or without the kernel:
// VERDICT:      4 programs
// VERDICT-NEXT: ksym_dead_code: reject
// VERDICT-NEXT: ksym_struct: reject
// VERDICT-NEXT: ksym_this_cpu: reject
// VERDICT-NEXT: this_cpu_task: reject

// KERNEL-DAG: ksym_struct: ours=reject kernel=reject message=match
// KERNEL-DAG: ksym_this_cpu: ours=reject kernel=reject message=match
// KERNEL-DAG: ksym_dead_code: ours=reject kernel=reject message=match
// KERNEL-DAG: this_cpu_task: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
