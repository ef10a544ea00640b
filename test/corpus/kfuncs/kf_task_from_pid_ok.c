// Looks up the parent of a new task by pid and releases the reference
// bpf_task_from_pid() acquired, after the NULL check the kernel requires.
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

u32 kf_parent_prio;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_from_pid_ok, struct task_struct *task, u64 clone_flags)
{
	struct task_struct *parent = bpf_task_from_pid(task->tgid);

	if (!parent)
		return 0;
	kf_parent_prio = parent->prio;
	bpf_task_release(parent);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
