// Looks a cgroup up by id, asks for its first-level ancestor and releases
// both references, each after its own NULL check.
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern struct cgroup *bpf_cgroup_ancestor(struct cgroup *cgrp, int level) __ksym;
extern void bpf_cgroup_release(struct cgroup *cgrp) __ksym;

u64 kf_cgroup_id;
u64 kf_ancestor_id;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_cgroup_ancestor_ok, struct task_struct *task, u64 clone_flags)
{
	struct cgroup *cgrp = bpf_cgroup_from_id(kf_cgroup_id);
	struct cgroup *top;

	if (!cgrp)
		return 0;
	top = bpf_cgroup_ancestor(cgrp, 1);
	bpf_cgroup_release(cgrp);
	if (!top)
		return 0;
	kf_ancestor_id = top->kn->id;
	bpf_cgroup_release(top);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
