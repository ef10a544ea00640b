// Copies a whole object, lock included, word by word: the bpf_spin_lock
// of an allocated object may not be read directly.
// Class: local-objects
// Kernel: reject: direct access to bpf_spin_lock is disallowed
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)

struct guarded {
	u32 owner;
	struct bpf_spin_lock lock;
	u64 value;
};

SEC("tc")
int lo_lock_field(struct __sk_buff *skb)
{
	struct guarded *g = bpf_obj_new(struct guarded);
	u64 sum = 0;

	if (!g)
		return 0;
	g->owner = skb->mark;
	g->value = skb->len;
	for (int i = 0; i < 4; i++)
		sum += ((volatile u32 *)g)[i];
	bpf_obj_drop(g);
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";
