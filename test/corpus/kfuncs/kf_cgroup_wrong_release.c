// Gives a cgroup reference back through the task release kfunc: the
// release kfunc checks the exact struct it frees.
// Class: kfuncs
// Kernel: reject: kernel function bpf_task_release args#0 expected pointer to STRUCT task_struct but R1 has a pointer to STRUCT cgroup
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_cgroup_wrong_release, struct task_struct *task,
	     u64 clone_flags)
{
	struct cgroup *cgrp = bpf_cgroup_from_id(1);

	if (!cgrp)
		return 0;
	bpf_task_release((struct task_struct *)cgrp);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
