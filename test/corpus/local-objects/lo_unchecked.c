// Writes into the new object before checking that the allocation
// succeeded: bpf_obj_new() may return NULL.
// Class: local-objects
// Kernel: reject: R0 invalid mem access 'ptr_or_null_'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct counter {
	u64 hits;
};

SEC("tc")
int lo_unchecked(struct __sk_buff *skb)
{
	struct counter *c = bpf_obj_new(struct counter);

	c->hits = 1;
	bpf_obj_drop(c);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
