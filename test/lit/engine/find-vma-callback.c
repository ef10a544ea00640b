// bpf_find_vma()'s callback is verified like bpf_loop's, as a loop over
// the helper call: R1 the task the caller passed, R2 a kernel pointer to the
// task's vm_area_struct (readable, not writable), R3 the caller's context;
// it returns 0 or 1.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct vma_info {
  __u64 start;
  __u64 flags;
};

static long record_vma(struct task_struct *task, struct vm_area_struct *vma,
                       struct vma_info *info) {
  info->start = vma->vm_start;
  info->flags = vma->vm_flags;
  return 0;
}

SEC("raw_tp/sys_enter") int find_vma_reads(void *ctx) {
  struct vma_info info = {};
  struct task_struct *task = bpf_get_current_task_btf();
  bpf_find_vma(task, (__u64)ctx, record_vma, &info, 0);
  return info.start != 0;
}

static long clobber_vma(struct task_struct *task, struct vm_area_struct *vma,
                        void *data) {
  vma->vm_start = 0;
  return 0;
}

SEC("raw_tp/sys_enter") int find_vma_writes(void *ctx) {
  struct task_struct *task = bpf_get_current_task_btf();
  bpf_find_vma(task, (__u64)ctx, clobber_vma, 0, 0);
  return 0;
}

static long return_two(struct task_struct *task, struct vm_area_struct *vma,
                       void *data) {
  return 2;
}

SEC("raw_tp/sys_enter") int find_vma_bad_return(void *ctx) {
  struct task_struct *task = bpf_get_current_task_btf();
  bpf_find_vma(task, (__u64)ctx, return_two, 0, 0);
  return 0;
}

static long read_past_info(struct task_struct *task, struct vm_area_struct *vma,
                           struct vma_info *info) {
  info[1].start = vma->vm_start;
  return 0;
}

SEC("raw_tp/sys_enter") int find_vma_past_ctx(void *ctx) {
  struct vma_info info = {};
  struct task_struct *task = bpf_get_current_task_btf();
  bpf_find_vma(task, (__u64)ctx, read_past_info, &info, 0);
  return info.start != 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'find_vma_writes': only read is supported
// CHECK-DAG: error: BPF verifier would reject program 'find_vma_bad_return': At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]
// CHECK-DAG: error: BPF verifier would reject program 'find_vma_past_ctx': invalid write to stack R3 off=0 size=8

// VERDICT:      4 programs
// VERDICT-NEXT: find_vma_bad_return: reject
// VERDICT-NEXT: find_vma_past_ctx: reject
// VERDICT-NEXT: find_vma_reads: accept
// VERDICT-NEXT: find_vma_writes: reject

// KERNEL-DAG: find_vma_reads: ours=accept kernel=accept message=n/a
// KERNEL-DAG: find_vma_writes: ours=reject kernel=reject message=match
// KERNEL-DAG: find_vma_bad_return: ours=reject kernel=reject message=match
// KERNEL-DAG: find_vma_past_ctx: ours=reject kernel=reject message=match
