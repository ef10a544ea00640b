// Keeps a cpumask in a global __kptr variable: the global is a field of
// its section's map value, so bpf_kptr_xchg() stores into it and a load
// inside the program's RCU section gives an RCU pointer a KF_RCU kfunc takes.
// Class: kptrs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __kptr __attribute__((btf_type_tag("kptr")))

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern bool bpf_cpumask_test_cpu(u32 cpu, const struct cpumask *cpumask) __ksym;

struct bpf_cpumask __kptr *kp_allowed SEC(".data.kp_masks");
u64 kp_cpu0_allowed;

SEC("tp_btf/task_newtask")
int BPF_PROG(kp_global_mask_ok, struct task_struct *task, u64 clone_flags)
{
	struct bpf_cpumask *mask = bpf_cpumask_create(), *prev;

	if (!mask)
		return 0;
	prev = bpf_kptr_xchg(&kp_allowed, mask);
	if (prev)
		bpf_cpumask_release(prev);
	mask = kp_allowed;
	if (mask && bpf_cpumask_test_cpu(0, (const struct cpumask *)mask))
		kp_cpu0_allowed++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
