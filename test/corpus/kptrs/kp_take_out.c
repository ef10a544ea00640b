// Takes the task out of the map on exit and releases it: exchanging NULL
// in needs no reference.
// Class: kptrs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct kp_entry {
	u64 started;
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, u32);
	__type(value, struct kp_entry);
} kp_tasks SEC(".maps");

SEC("tp_btf/sched_process_exit")
int BPF_PROG(kp_take_out, struct task_struct *task)
{
	struct kp_entry *e;
	struct task_struct *old;
	u32 pid = task->pid;

	e = bpf_map_lookup_elem(&kp_tasks, &pid);
	if (!e)
		return 0;
	old = bpf_kptr_xchg(&e->task, NULL);
	if (old)
		bpf_task_release(old);
	bpf_map_delete_elem(&kp_tasks, &pid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
