// An off-by-one in the history index writes one slot past the end of the
// object's last array member, past the end of the struct.
// Class: local-objects
// Kernel: reject: access beyond struct history at off 20 size 4
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct history {
	u32 head;
	u32 lens[4];
};

SEC("tc")
int lo_beyond_end(struct __sk_buff *skb)
{
	struct history *h = bpf_obj_new(struct history);

	if (!h)
		return 0;
	h->head = 0;
	for (int i = 0; i <= 4; i++)
		h->lens[i] = skb->len;
	bpf_obj_drop(h);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
