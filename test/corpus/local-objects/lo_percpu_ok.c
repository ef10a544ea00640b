// Allocates and frees a per-CPU object of plain counters.
// Class: local-objects
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_percpu_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_percpu_obj_drop_impl(void *kptr, void *meta) __ksym;

struct pcpu_counts {
	u64 rx;
	u64 tx;
};

SEC("tc")
int lo_percpu_ok(struct __sk_buff *skb)
{
	struct pcpu_counts *c;

	c = bpf_percpu_obj_new_impl(bpf_core_type_id_local(struct pcpu_counts), NULL);
	if (!c)
		return 0;
	bpf_percpu_obj_drop_impl(c, NULL);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
