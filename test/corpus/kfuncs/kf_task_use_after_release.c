// Reads the task's pid after giving the reference back: the release turns
// every copy of the pointer into a scalar.
// Class: kfuncs
// Kernel: reject: R6 invalid mem access 'scalar'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_use_after_release, struct task_struct *task,
	     u64 clone_flags)
{
	struct task_struct *t = bpf_task_acquire(task);

	if (!t)
		return 0;
	bpf_task_release(t);
	return t->pid;
}

char LICENSE[] SEC("license") = "GPL";
