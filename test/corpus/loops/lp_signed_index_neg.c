// A signed loop index starts at -1 (meant as "no previous slot") and is used
// as an index in the first iteration.
// Class: loops
// Kernel: reject: invalid access to map value, value_size=128 off=-4 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct ring {
	__u32 slot[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct ring);
} lp_ring2 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_signed_index_neg(void *ctx)
{
	__u32 key = 0, diff = 0;
	struct ring *r = bpf_map_lookup_elem(&lp_ring2, &key);

	if (!r)
		return 0;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 32; i++)
		diff += r->slot[i] - r->slot[i - 1];
	return diff & 1;
}

char LICENSE[] SEC("license") = "GPL";
