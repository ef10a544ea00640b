// Keeps a reference to every new task in a hash map: the entry is created
// first, then the acquired task is moved into its kptr field, and whatever
// the field held before comes back and is released.
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

SEC("tp_btf/task_newtask")
int BPF_PROG(kp_stash_task, struct task_struct *task, u64 clone_flags)
{
	struct kp_entry init = {}, *e;
	struct task_struct *ref, *old;
	u32 pid = task->pid;

	init.started = bpf_ktime_get_ns();
	if (bpf_map_update_elem(&kp_tasks, &pid, &init, BPF_NOEXIST))
		return 0;
	e = bpf_map_lookup_elem(&kp_tasks, &pid);
	if (!e)
		return 0;
	ref = bpf_task_acquire(task);
	if (!ref)
		return 0;
	old = bpf_kptr_xchg(&e->task, ref);
	if (old)
		bpf_task_release(old);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
