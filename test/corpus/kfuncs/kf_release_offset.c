// Releases a pointer into the middle of the acquired task: a release
// kfunc needs the pointer it handed out, at offset zero.
// Class: kfuncs
// Kernel: reject: R1 must have zero offset when passed to release func or trusted arg to kfunc
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_release_offset, struct task_struct *task, u64 clone_flags)
{
	struct task_struct *t = bpf_task_acquire(task);

	if (!t)
		return 0;
	bpf_task_release((struct task_struct *)&t->pid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
