// Stores the tracepoint's own task pointer with bpf_kptr_xchg(): the map
// may only own a reference the program acquired.
// Class: kptrs
// Kernel: reject: R2 must be referenced when passed to release function
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
int BPF_PROG(kp_xchg_borrowed, struct task_struct *task, u64 clone_flags)
{
	struct kp_entry *e;
	struct task_struct *old;
	u32 pid = task->tgid;

	e = bpf_map_lookup_elem(&kp_tasks, &pid);
	if (!e)
		return 0;
	old = bpf_kptr_xchg(&e->task, task);
	if (old)
		bpf_task_release(old);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
