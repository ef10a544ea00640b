// Builds a cpumask with two CPUs set, counts them and releases the mask.
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_set_cpu(u32 cpu, struct bpf_cpumask *cpumask) __ksym;
extern u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;

u32 kf_mask_weight;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_cpumask_ok, struct task_struct *task, u64 clone_flags)
{
	struct bpf_cpumask *mask = bpf_cpumask_create();

	if (!mask)
		return 0;
	bpf_cpumask_set_cpu(0, mask);
	bpf_cpumask_set_cpu(1, mask);
	kf_mask_weight = bpf_cpumask_weight((const struct cpumask *)mask);
	bpf_cpumask_release(mask);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
