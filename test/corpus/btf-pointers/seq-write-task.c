// Passes the task instead of the seq_file to bpf_seq_write: the helper
// checks the kernel struct type of its first argument.
// Class: btf-pointers
// Kernel: reject: R1 is of type task_struct but seq_file is expected
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("iter/task")
int bp_seq_write_task(struct bpf_iter__task *ctx) {
  struct task_struct *task = ctx->task;
  u32 pid;

  if (!task)
    return 0;
  pid = task->pid;
  bpf_seq_write((struct seq_file *)task, &pid, sizeof(pid));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
