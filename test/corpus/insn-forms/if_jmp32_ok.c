// Compares 32-bit values (compiled to jmp32 instructions with the default
// cpu) to bound an index before a map-value access.
// Class: insn-forms
// Kernel: accept
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
} if_tab1 SEC(".maps");

SEC("tc")
int if_jmp32_ok(struct __sk_buff *skb)
{
	__u32 key = 0, idx = skb->mark;
	struct table *t = bpf_map_lookup_elem(&if_tab1, &key);

	if (!t || idx >= 16)
		return 0;
	return t->v[idx];
}

char LICENSE[] SEC("license") = "GPL";
