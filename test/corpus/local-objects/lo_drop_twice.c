// The error path frees the object and then falls through to the common
// cleanup, which frees it again.
// Class: local-objects
// Kernel: reject: R1 must be referenced or trusted
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct scratch {
	u64 len;
};

SEC("tc")
int lo_drop_twice(struct __sk_buff *skb)
{
	struct scratch *s = bpf_obj_new(struct scratch);

	if (!s)
		return 0;
	s->len = skb->len;
	if (s->len == 0)
		bpf_obj_drop(s);
	bpf_obj_drop(s);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
