// Asks for the ancestor of a cgroup bpf_cgroup_from_id() may not have
// found: the NULL check comes one call too late.
// Class: kfuncs
// Kernel: reject: Possibly NULL pointer passed to trusted arg0
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern struct cgroup *bpf_cgroup_ancestor(struct cgroup *cgrp, int level) __ksym;
extern void bpf_cgroup_release(struct cgroup *cgrp) __ksym;

u64 kf_lookup_id;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_cgroup_ancestor_unchecked, struct task_struct *task,
	     u64 clone_flags)
{
	struct cgroup *cgrp = bpf_cgroup_from_id(kf_lookup_id);
	struct cgroup *top = bpf_cgroup_ancestor(cgrp, 1);

	if (top)
		bpf_cgroup_release(top);
	if (cgrp)
		bpf_cgroup_release(cgrp);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
