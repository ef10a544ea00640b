// Allocates a scratch record with bpf_obj_new(), fills it from the packet
// and frees it: the NULL check comes first and every path drops the object.
// Class: local-objects
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct scratch {
	u64 len;
	u32 proto;
	u32 mark;
};

SEC("tc")
int lo_new_drop_ok(struct __sk_buff *skb)
{
	struct scratch *s = bpf_obj_new(struct scratch);
	int ret;

	if (!s)
		return 0;
	s->len = skb->len;
	s->proto = skb->protocol;
	s->mark = s->proto ^ skb->mark;
	ret = s->len > 1500 ? 1 : 0;
	bpf_obj_drop(s);
	return ret;
}

char LICENSE[] SEC("license") = "GPL";
