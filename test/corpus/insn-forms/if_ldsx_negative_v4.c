// A signed 16-bit field (cpu v4 ldsx) is checked only against the upper
// bound; negative values still index before the array.
// Class: insn-forms
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
// Flags: -mcpu=v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct cfg {
	__s16 shift;
	__u32 v[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct cfg);
} if_cfg2 SEC(".maps");

SEC("tc")
int if_ldsx_negative_v4(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct cfg *c = bpf_map_lookup_elem(&if_cfg2, &key);
	long i;

	if (!c)
		return 0;
	i = c->shift;
	if (i >= 16)
		return 0;
	return c->v[i];
}

char LICENSE[] SEC("license") = "GPL";
