// Releases the tracepoint's own task argument: the program never acquired
// it, so there is no reference to give back.
// Class: kfuncs
// Kernel: reject: release kernel function bpf_task_release expects refcounted PTR_TO_BTF_ID
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_release_borrowed, struct task_struct *task,
	     u64 clone_flags)
{
	bpf_task_release(task);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
