// Acquires last_wakee, a task_struct field the kernel does not list as safe
// to follow: the loaded pointer is untrusted, and bpf_task_acquire() wants
// a trusted or RCU-protected one.
// Class: kfuncs
// Kernel: reject: R1 must be a rcu pointer
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

u32 kf_wakee_pid;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_acquire_untrusted, struct task_struct *task,
	     u64 clone_flags)
{
	struct task_struct *t = bpf_task_acquire(task->last_wakee);

	if (!t)
		return 0;
	kf_wakee_pid = t->pid;
	bpf_task_release(t);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
