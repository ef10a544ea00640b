// The early return for small packets forgets to free the object it just
// allocated: the reference is still held at exit.
// Class: local-objects
// Kernel: reject: Unreleased reference id=2 alloc_insn=4
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
};

SEC("tc")
int lo_leak_on_error(struct __sk_buff *skb)
{
	struct scratch *s = bpf_obj_new(struct scratch);

	if (!s)
		return 0;
	s->len = skb->len;
	if (s->len < 64)
		return 1;
	s->proto = skb->protocol;
	bpf_obj_drop(s);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
