// Follows task->mm->exe_file->f_inode to the executable's inode: each step
// yields an untrusted pointer, which may still be read (a faulting load reads
// zero at run time).
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

u64 bp_exe_ino;

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_mm_exe_walk, bool preempt, struct task_struct *prev) {
  struct mm_struct *mm = prev->mm;

  if (!mm)
    return 0;
  bp_exe_ino = mm->exe_file->f_inode->i_ino;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
