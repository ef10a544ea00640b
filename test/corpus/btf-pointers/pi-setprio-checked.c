// sched_pi_setprio's second task (the priority donor) may be NULL, and the
// kernel marks it so for tp_btf programs; this program checks it first.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

int bp_donor_prio;

SEC("tp_btf/sched_pi_setprio")
int BPF_PROG(bp_pi_setprio_checked, struct task_struct *tsk,
             struct task_struct *pi_task) {
  if (!pi_task)
    return 0;
  bp_donor_prio = pi_task->prio;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
