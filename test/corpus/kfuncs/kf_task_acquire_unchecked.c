// Releases what bpf_task_acquire() returned without checking it for NULL:
// the release kfunc's argument is trusted and may not be NULL.
// Class: kfuncs
// Kernel: reject: Possibly NULL pointer passed to trusted arg0
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

u64 kf_seen;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_acquire_unchecked, struct task_struct *task,
	     u64 clone_flags)
{
	struct task_struct *t = bpf_task_acquire(task);

	kf_seen++;
	bpf_task_release(t);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
