// A 64-bit index is bounds-checked through its low 32 bits only, then used
// whole: the upper half is still unknown.
// Class: insn-forms
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct table {
	__u64 idx;
	__u32 v[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} if_tab2 SEC(".maps");

SEC("tc")
int if_jmp32_upper_bits(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&if_tab2, &key);
	__u64 idx;

	if (!t)
		return 0;
	idx = t->idx;
	if ((__u32)idx >= 16)
		return 0;
	return t->v[idx];
}

char LICENSE[] SEC("license") = "GPL";
