// Frees the object through a pointer to one of its members: the release
// must get the pointer bpf_obj_new() returned.
// Class: local-objects
// Kernel: reject: R1 must have zero offset when passed to release func or trusted arg to kfunc
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct pair {
	u64 first;
	u64 second;
};

SEC("tc")
int lo_drop_member(struct __sk_buff *skb)
{
	struct pair *p = bpf_obj_new(struct pair);

	if (!p)
		return 0;
	p->first = skb->len;
	p->second = skb->mark;
	bpf_obj_drop(&p->second);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
