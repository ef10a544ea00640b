// Loads a signed 16-bit field from a map value (cpu v4 ldsx) and checks
// both signs before using it as an index.
// Class: insn-forms
// Kernel: accept
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
} if_cfg1 SEC(".maps");

SEC("tc")
int if_ldsx_v4_ok(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct cfg *c = bpf_map_lookup_elem(&if_cfg1, &key);
	long i;

	if (!c)
		return 0;
	i = c->shift;
	if (i < 0 || i >= 16)
		return 0;
	return c->v[i];
}

char LICENSE[] SEC("license") = "GPL";
