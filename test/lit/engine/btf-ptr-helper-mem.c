// A trusted kernel struct pointer is memory a helper may read (the kernel's
// mem_types end with trusted_ptr_): the bytes are read as one load of the
// whole size at the pointer's offset through the struct's BTF, so a read
// past the member is `access beyond the end of member`, and a helper that
// writes its memory may not take one.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/task_newtask")
int BPF_PROG(comm_whole, struct task_struct *task, u64 clone_flags) {
  return bpf_strncmp(task->comm, 16, "foo") == 0;
}
SEC("tp_btf/task_newtask")
int BPF_PROG(comm_tail, struct task_struct *task, u64 clone_flags) {
  return bpf_strncmp(&task->comm[8], 8, "foo") == 0;
}
SEC("tp_btf/task_newtask")
int BPF_PROG(comm_too_long, struct task_struct *task, u64 clone_flags) {
  return bpf_strncmp(task->comm, 17, "foo") == 0;
}
SEC("tp_btf/task_newtask")
int BPF_PROG(comm_shifted, struct task_struct *task, u64 clone_flags) {
  return bpf_strncmp(task->comm + 1, 16, "foo") == 0;
}
SEC("tp_btf/task_newtask")
int BPF_PROG(comm_written, struct task_struct *task, u64 clone_flags) {
  return bpf_get_current_comm(task->comm, 16);
}
SEC("tp_btf/task_newtask")
int BPF_PROG(pid_as_bytes, struct task_struct *task, u64 clone_flags) {
  return bpf_strncmp((char *)&task->pid, 4, "foo") == 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'comm_too_long': access beyond the end of member comm (mend:{{[0-9]+}}) in struct task_struct with off {{[0-9]+}} size 17
// CHECK-DAG: error: BPF verifier would reject program 'comm_shifted': access beyond the end of member comm (mend:{{[0-9]+}}) in struct task_struct with off {{[0-9]+}} size 16
// CHECK-DAG: error: BPF verifier would reject program 'comm_written': bpf_get_current_comm() may write into memory pointed by R1 type=trusted_ptr_
// VERDICT:      6 programs
// VERDICT-NEXT: comm_shifted: reject
// VERDICT-NEXT: comm_tail: accept
// VERDICT-NEXT: comm_too_long: reject
// VERDICT-NEXT: comm_whole: accept
// VERDICT-NEXT: comm_written: reject
// VERDICT-NEXT: pid_as_bytes: accept
// KERNEL-DAG: comm_whole: ours=accept kernel=accept message=n/a
// KERNEL-DAG: comm_tail: ours=accept kernel=accept message=n/a
// KERNEL-DAG: comm_too_long: ours=reject kernel=reject message=match
// KERNEL-DAG: comm_shifted: ours=reject kernel=reject message=match
// KERNEL-DAG: comm_written: ours=reject kernel=reject message=match
// KERNEL-DAG: pid_as_bytes: ours=accept kernel=accept message=n/a
