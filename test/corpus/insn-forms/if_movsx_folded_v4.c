// Sign-extends an 8-bit value (cpu v4 movsx), adds 16 and checks 0..31.
// Clang folds the +16 into the checks and the load offset, leaving a signed
// -16..15 index whose shift loses its bounds in the kernel.
// Class: insn-forms
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
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
} if_tab5 SEC(".maps");

SEC("tc")
int if_movsx_folded_v4(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&if_tab5, &key);
	long off = (signed char)skb->mark;

	if (!t)
		return 0;
	off += 16;
	if (off < 0 || off > 31)
		return 0;
	return t->v[off];
}

char LICENSE[] SEC("license") = "GPL";
