// Tests whether a new task may run on CPU 0 through its cpus_ptr, a
// trusted field of the tracepoint's trusted task argument.
// Class: kfuncs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern bool bpf_cpumask_test_cpu(u32 cpu, const struct cpumask *cpumask) __ksym;

u64 kf_pinned_away;

SEC("tp_btf/task_newtask")
int BPF_PROG(kf_task_cpus_ok, struct task_struct *task, u64 clone_flags)
{
	if (!bpf_cpumask_test_cpu(0, task->cpus_ptr))
		kf_pinned_away++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
