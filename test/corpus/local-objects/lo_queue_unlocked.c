// Items go into the global list without taking the lock that guards it:
// every list operation needs the bpf_spin_lock of the list's own value.
// Class: local-objects
// Kernel: reject: bpf_spin_lock at off=16 must be held for bpf_list_head
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head,
				   struct bpf_list_node *node, void *meta,
				   __u64 off) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define queue_data SEC(".data.backlog") __attribute__((visibility("hidden"), aligned(8)))

struct backlog_item {
	u64 len;
	struct bpf_list_node node;
};

queue_data struct bpf_spin_lock backlog_lock;
queue_data struct bpf_list_head backlog __contains(backlog_item, node);

SEC("tc")
int lo_queue_unlocked(struct __sk_buff *skb)
{
	struct backlog_item *b = bpf_obj_new(struct backlog_item);

	if (!b)
		return 0;
	b->len = skb->len;
	bpf_list_push_back_impl(&backlog, &b->node, NULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
