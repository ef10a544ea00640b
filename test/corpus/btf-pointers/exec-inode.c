// Records the inode number of every executed file: linux_binprm's `file`
// and file's `f_inode` are fields the kernel lists as trusted, so the whole
// chain from the tracepoint argument is read without NULL checks.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

u64 bp_last_ino;

SEC("tp_btf/sched_process_exec")
int BPF_PROG(bp_exec_inode, struct task_struct *p, pid_t old_pid,
             struct linux_binprm *bprm) {
  bp_last_ino = bprm->file->f_inode->i_ino;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
