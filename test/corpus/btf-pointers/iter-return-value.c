// An iterator returns the number of threads it saw as its exit code, but
// iterator programs must return 0 or 1.
// Class: btf-pointers
// Kernel: reject: At program exit the register R0 has smin=0 smax=3 should have been in [0, 1]
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("iter/task")
int bp_iter_return_value(struct bpf_iter__task *ctx) {
  struct task_struct *task = ctx->task;

  if (!task)
    return 0;
  return task->nr_cpus_allowed & 3;
}

char LICENSE[] SEC("license") = "GPL";
