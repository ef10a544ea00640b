// Reads the global cpumask inside an explicit RCU section but tests it
// after the section ends: bpf_rcu_read_unlock() makes the pointer
// untrusted, and the KF_RCU kfunc refuses it.
// Class: kptrs
// Kernel: reject: R1 must be a rcu pointer
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __kptr __attribute__((btf_type_tag("kptr")))

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;

struct bpf_cpumask __kptr *kp_shared SEC(".data.kp_shared");
u32 kp_weight;

SEC("tp_btf/task_newtask")
int BPF_PROG(kp_rcu_after_unlock, struct task_struct *task, u64 clone_flags)
{
	struct bpf_cpumask *mask;

	bpf_rcu_read_lock();
	mask = kp_shared;
	if (!mask) {
		bpf_rcu_read_unlock();
		return 0;
	}
	bpf_rcu_read_unlock();
	kp_weight = bpf_cpumask_weight((const struct cpumask *)mask);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
