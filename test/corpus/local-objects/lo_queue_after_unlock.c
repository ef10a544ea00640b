// The item is pushed into the global list under the lock, and its length
// read again after the unlock: once the lock is released the list may hand
// the item to anyone, so the kernel turns the pointer into a number at
// bpf_spin_unlock() and the read is an access through a scalar.
// Class: local-objects
// Kernel: reject: R7 invalid mem access 'scalar'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head,
				   struct bpf_list_node *node, void *meta,
				   __u64 off) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define queue_data SEC(".data.pending") __attribute__((visibility("hidden"), aligned(8)))

struct pending {
	u64 len;
	struct bpf_list_node node;
};

queue_data struct bpf_spin_lock pending_lock;
queue_data struct bpf_list_head pending_list __contains(pending, node);

SEC("tc")
int lo_queue_after_unlock(struct __sk_buff *skb)
{
	struct pending *p = bpf_obj_new(struct pending);

	if (!p)
		return 0;
	p->len = skb->len;
	bpf_spin_lock(&pending_lock);
	bpf_list_push_back_impl(&pending_list, &p->node, NULL, 0);
	bpf_spin_unlock(&pending_lock);
	return p->len > 1500;
}

char LICENSE[] SEC("license") = "GPL";
