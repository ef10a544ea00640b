// Tries to reset a field of the switched-in task: kernel structs reached
// through BTF pointers are read-only to tracing programs.
// Class: btf-pointers
// Kernel: reject: only read is supported
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_write_task_field, bool preempt, struct task_struct *prev,
             struct task_struct *next) {
  next->min_flt = 0;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
