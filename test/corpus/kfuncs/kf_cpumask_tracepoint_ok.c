// Counts the CPUs in a scratch cpumask from a classic tracepoint: 6.18
// registers the cpumask kfuncs for tracepoints too (6.12 did not).
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_setall(struct bpf_cpumask *cpumask) __ksym;
extern u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;

u32 kf_online_guess;

SEC("tracepoint/sched/sched_process_fork")
int kf_cpumask_tracepoint_ok(void *ctx)
{
	struct bpf_cpumask *mask = bpf_cpumask_create();

	if (!mask)
		return 0;
	bpf_cpumask_setall(mask);
	kf_online_guess = bpf_cpumask_weight((const struct cpumask *)mask);
	bpf_cpumask_release(mask);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
