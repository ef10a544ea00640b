// Creates a cpumask in a tc classifier: the cpumask kfuncs are registered
// for tracing, LSM, struct_ops and syscall programs only.
// Class: kfuncs
// Kernel: reject: calling kernel function bpf_cpumask_create is not allowed
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;

SEC("tc")
int kf_cpumask_in_tc(struct __sk_buff *skb)
{
	struct bpf_cpumask *mask = bpf_cpumask_create();

	if (mask)
		bpf_cpumask_release(mask);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
