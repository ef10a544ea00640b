// A task iterator that writes each task's pid to the seq_file: the context's
// task may be NULL (the end of the iteration) and is checked first; the
// seq_file comes from the iterator's meta field, a trusted pointer.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("iter/task")
int bp_iter_task_checked(struct bpf_iter__task *ctx) {
  struct seq_file *seq = ctx->meta->seq;
  struct task_struct *task = ctx->task;
  u32 pid;

  if (!task)
    return 0;
  pid = task->pid;
  bpf_seq_write(seq, &pid, sizeof(pid));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
