// Copies the command name of the switched-out task's parent: `parent` is not
// a field the kernel trusts, so it is an untrusted pointer, but reading
// through it (and bpf_probe_read_kernel from it) is allowed.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char bp_parent_comm[16];

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_probe_read_parent_comm, bool preempt,
             struct task_struct *prev) {
  struct task_struct *parent = prev->parent;

  if (parent->pid == 1)
    return 0;
  bpf_probe_read_kernel(bp_parent_comm, sizeof(bp_parent_comm), parent->comm);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
