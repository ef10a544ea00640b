// Reads the stored task's pid on exit: a plain load of the kptr gives an
// RCU-protected pointer that may be NULL, checked before use.
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

u64 kp_seen_pid;

SEC("tp_btf/sched_process_exit")
int BPF_PROG(kp_read_checked, struct task_struct *task)
{
	struct kp_entry *e;
	struct task_struct *t;
	u32 pid = task->pid;

	e = bpf_map_lookup_elem(&kp_tasks, &pid);
	if (!e)
		return 0;
	t = e->task;
	if (!t)
		return 0;
	kp_seen_pid = t->pid;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
