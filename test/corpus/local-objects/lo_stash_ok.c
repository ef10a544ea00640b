// Allocates a flow record and stores it in a map slot's __kptr field with
// bpf_kptr_xchg(); the record it replaces comes back and is freed.
// Class: local-objects
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
#define __kptr __attribute__((btf_type_tag("kptr")))

struct flow_rec {
	u64 packets;
	u64 bytes;
	u32 ifindex;
};

struct slot {
	struct flow_rec __kptr *rec;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, struct slot);
} lo_slots SEC(".maps");

SEC("tc")
int lo_stash_ok(struct __sk_buff *skb)
{
	u32 key = skb->ifindex & 15;
	struct flow_rec *rec, *old;
	struct slot *slot;

	slot = bpf_map_lookup_elem(&lo_slots, &key);
	if (!slot)
		return 0;
	rec = bpf_obj_new(struct flow_rec);
	if (!rec)
		return 0;
	rec->packets = 1;
	rec->bytes = skb->len;
	rec->ifindex = skb->ifindex;
	old = bpf_kptr_xchg(&slot->rec, rec);
	if (old)
		bpf_obj_drop(old);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
