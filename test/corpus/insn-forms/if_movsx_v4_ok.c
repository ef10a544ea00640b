// Sign-extends an 8-bit value to 64 bits (cpu v4 movsx) and rejects
// negative and too-large values before using it as an index.
// Class: insn-forms
// Kernel: accept
// Flags: -mcpu=v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct table {
	__u32 v[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} if_tab3 SEC(".maps");

SEC("tc")
int if_movsx_v4_ok(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&if_tab3, &key);
	long off = (signed char)skb->mark;

	if (!t || off < 0 || off > 31)
		return 0;
	return t->v[off];
}

char LICENSE[] SEC("license") = "GPL";
