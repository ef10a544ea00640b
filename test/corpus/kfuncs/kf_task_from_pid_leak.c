// Returns early for init's children without releasing the task that
// bpf_task_from_pid() handed out: the reference leaks on that path.
// Class: kfuncs
// Kernel: reject: Unreleased reference id=2 alloc_insn=2
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

u32 kf_leak_prio;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_from_pid_leak, struct task_struct *task, u64 clone_flags)
{
	struct task_struct *t = bpf_task_from_pid(task->tgid);

	if (!t)
		return 0;
	if (t->pid == 1)
		return 0;
	kf_leak_prio = t->prio;
	bpf_task_release(t);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
