// Acquires the new task's real_parent, an RCU-protected field: a
// non-sleepable program runs in an RCU read section, so the KF_RCU kfunc
// takes it.
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

u32 kf_parent_pid;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_acquire_parent_ok, struct task_struct *task,
	     u64 clone_flags)
{
	struct task_struct *parent = bpf_task_acquire(task->real_parent);

	if (!parent)
		return 0;
	kf_parent_pid = parent->pid;
	bpf_task_release(parent);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
