// Remembers the last waker in an untrusted kptr, which takes plain stores
// of its own type, and reads it back with a NULL check.
// Class: kptrs
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))

struct kp_waker {
	struct task_struct __kptr_untrusted *last;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct kp_waker);
} kp_wakers SEC(".maps");

u32 kp_prev_pid;

SEC("tp_btf/sched_wakeup")
int BPF_PROG(kp_untrusted_store, struct task_struct *p)
{
	u32 key = 0;
	struct kp_waker *w = bpf_map_lookup_elem(&kp_wakers, &key);
	struct task_struct *prev;

	if (!w)
		return 0;
	prev = w->last;
	if (prev)
		kp_prev_pid = prev->pid;
	w->last = p;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
