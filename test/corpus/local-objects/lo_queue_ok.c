// A work queue of program-allocated items in a global list: the item is
// pushed under the list's bpf_spin_lock, and another program pops the
// oldest one under the same lock, checks it for NULL and frees it. The
// kernel accepts: the pushed item's reference moves into the list, and the
// popped one is owned again until bpf_obj_drop().
// Class: local-objects
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head,
				   struct bpf_list_node *node, void *meta,
				   __u64 off) __ksym;
extern struct bpf_list_node *bpf_list_pop_front(struct bpf_list_head *head) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define queue_data SEC(".data.queue") __attribute__((visibility("hidden"), aligned(8)))

struct work {
	u64 len;
	struct bpf_list_node node;
};

queue_data struct bpf_spin_lock queue_lock;
queue_data struct bpf_list_head queue __contains(work, node);

SEC("tc")
int lo_queue_ok(struct __sk_buff *skb)
{
	struct work *w = bpf_obj_new(struct work);
	struct bpf_list_node *n;

	if (!w)
		return 0;
	w->len = skb->len;
	bpf_spin_lock(&queue_lock);
	bpf_list_push_back_impl(&queue, &w->node, NULL, 0);
	n = bpf_list_pop_front(&queue);
	bpf_spin_unlock(&queue_lock);
	if (!n)
		return 0;
	w = container_of(n, struct work, node);
	if (w->len > 1500)
		skb->mark = 1;
	bpf_obj_drop(w);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
