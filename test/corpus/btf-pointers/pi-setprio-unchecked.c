// sched_pi_setprio's priority donor is NULL when the boost ends; reading it
// without a check is refused because the kernel marks that argument
// maybe-NULL.
// Class: btf-pointers
// Kernel: reject: R1 invalid mem access 'trusted_ptr_or_null_'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

int bp_donor_prio2;

SEC("tp_btf/sched_pi_setprio")
int BPF_PROG(bp_pi_setprio_unchecked, struct task_struct *tsk,
             struct task_struct *pi_task) {
  bp_donor_prio2 = pi_task->prio;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
