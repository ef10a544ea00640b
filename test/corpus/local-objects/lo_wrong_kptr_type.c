// Stores an object of the wrong struct into a flow record slot: a local
// kptr field only takes objects of its own struct.
// Class: local-objects
// Kernel: reject: invalid kptr access, R2 type=ptr_flow_key expected=ptr_flow_rec
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

struct flow_key {
	u32 saddr;
	u32 daddr;
};

SEC("tc")
int lo_wrong_kptr_type(struct __sk_buff *skb)
{
	u32 key = 0;
	struct flow_key *k;
	struct slot *slot;
	void *old;

	slot = bpf_map_lookup_elem(&lo_slots, &key);
	if (!slot)
		return 0;
	k = bpf_obj_new(struct flow_key);
	if (!k)
		return 0;
	k->saddr = skb->mark;
	old = bpf_kptr_xchg(&slot->rec, k);
	if (old)
		bpf_obj_drop(old);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
