// A task iterator that forgets that the context's task is NULL on the last
// call: the kernel types it trusted_ptr_or_null_ and refuses the load.
// Class: btf-pointers
// Kernel: reject: R1 invalid mem access 'trusted_ptr_or_null_'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("iter/task")
int bp_iter_task_unchecked(struct bpf_iter__task *ctx) {
  struct seq_file *seq = ctx->meta->seq;
  u32 pid = ctx->task->pid;

  bpf_seq_write(seq, &pid, sizeof(pid));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
