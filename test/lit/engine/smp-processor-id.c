// bpf_get_smp_processor_id() is below the machine's nr_cpu_ids, a bound the
// kernel applies to its result: read from this machine when the target is
// the running kernel, else the largest CONFIG_NR_CPUS (8192), so an array
// of that many per-CPU slots is always safe to index and a shorter one is
// not, unless the machine is known.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -mllvm -verifiable-target-btf=none -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.r.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.r.json 2>/dev/null && %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.r.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long all_cpus[8192];
long two_cpus[2];

SEC("xdp") int cpu_slot_any(struct xdp_md *ctx) {
  all_cpus[bpf_get_smp_processor_id()] += 1;
  return XDP_PASS;
}

SEC("xdp") int cpu_slot_short(struct xdp_md *ctx) {
  two_cpus[bpf_get_smp_processor_id()] += 1;
  return XDP_PASS;
}
// CHECK: warning: BPF verifier would reject program 'cpu_slot_short': invalid access to map value, value_size=65552 off=131064 size=8

// VERDICT:      2 programs
// VERDICT-NEXT: cpu_slot_any: accept
// VERDICT-NEXT: cpu_slot_short: reject

// With this machine's CPUs (the running kernel): the kernel's verdicts.
// KERNEL-DAG: cpu_slot_any: ours=accept kernel=accept
// KERNEL-DAG: cpu_slot_short: ours={{accept|reject}} kernel={{accept|reject}}
char LICENSE[] SEC("license") = "GPL";
