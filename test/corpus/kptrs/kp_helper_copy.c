// Copies a task's entry, kptr included, to its parent's key straight from
// the map value: a helper may not read a kptr's bytes.
// Class: kptrs
// Kernel: reject: kptr cannot be accessed indirectly by helper
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
int BPF_PROG(kp_helper_copy, struct task_struct *task)
{
	struct kp_entry *e;
	u32 pid = task->pid, ppid = task->tgid;

	e = bpf_map_lookup_elem(&kp_tasks, &pid);
	if (!e)
		return 0;
	bpf_map_update_elem(&kp_tasks, &ppid, e, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
