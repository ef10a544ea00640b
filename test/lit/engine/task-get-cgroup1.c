// bpf_task_get_cgroup1() returns an acquired, maybe-NULL cgroup of the
// task's cgroup-v1 hierarchy: checked against NULL before use and released
// with bpf_cgroup_release() before the program exits.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern struct cgroup *bpf_task_get_cgroup1(struct task_struct *task, int hierarchy_id) __ksym;
extern void bpf_cgroup_release(struct cgroup *cgrp) __ksym;

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sys_enter") int cgroup1_level(void *ctx) {
  struct cgroup *cg = bpf_task_get_cgroup1(bpf_get_current_task_btf(), 1);
  int level;
  if (!cg)
    return 0;
  level = cg->level;
  bpf_cgroup_release(cg);
  return level;
}
SEC("tp_btf/sys_enter") int cgroup1_leak(void *ctx) {
  struct cgroup *cg = bpf_task_get_cgroup1(bpf_get_current_task_btf(), 1);
  return cg ? cg->level : 0;
}
SEC("tp_btf/sys_enter") int cgroup1_unchecked(void *ctx) {
  struct cgroup *cg = bpf_task_get_cgroup1(bpf_get_current_task_btf(), 1);
  int level = cg->level;
  bpf_cgroup_release(cg);
  return level;
}

// CHECK-DAG: error: BPF verifier would reject program 'cgroup1_leak': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'cgroup1_unchecked': R0 invalid mem access 'ptr_or_null_'

// VERDICT:      3 programs
// VERDICT-NEXT: cgroup1_leak: reject
// VERDICT-NEXT: cgroup1_level: accept
// VERDICT-NEXT: cgroup1_unchecked: reject

// KERNEL-DAG: cgroup1_level: ours=accept kernel=accept message=n/a
// KERNEL-DAG: cgroup1_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: cgroup1_unchecked: ours=reject kernel=reject message=match
