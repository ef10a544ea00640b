// An index in 0..47 divided by 3 stays in 0..15, but the kernel does not
// track bounds through division: the quotient is unknown.
// Class: insn-forms
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct table {
	__u32 v[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} if_tab4 SEC(".maps");

SEC("tc")
int if_udiv_index(struct __sk_buff *skb)
{
	__u32 key = 0, idx = skb->mark & 31, div = skb->priority | 1;
	struct table *t = bpf_map_lookup_elem(&if_tab4, &key);

	if (!t)
		return 0;
	return t->v[idx / div];
}

char LICENSE[] SEC("license") = "GPL";
