// Reads the parent's tgid of the current task from bpf_get_current_task_btf()
// in a kprobe: the helper returns a trusted task_struct pointer and
// real_parent is an RCU-protected field the kernel lets a non-sleepable
// program follow.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

u32 bp_parent_tgid;

SEC("kprobe/do_nanosleep")
int bp_current_parent(void *ctx) {
  struct task_struct *task = bpf_get_current_task_btf();

  bp_parent_tgid = task->real_parent->tgid;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
