// A task_file iterator reads the file's flags before checking it: both the
// task and the file of its context may be NULL.
// Class: btf-pointers
// Kernel: reject: R1 invalid mem access 'ptr_or_null_'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("iter/task_file")
int bp_iter_file_unchecked(struct bpf_iter__task_file *ctx) {
  struct seq_file *seq = ctx->meta->seq;
  u32 flags = ctx->file->f_flags;

  bpf_seq_write(seq, &flags, sizeof(flags));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
