// A countdown loop (unsigned, decrementing to zero) over a map value; the
// index is still exact on every simulated iteration.
// Class: loops
// Kernel: accept
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
} lp_ring SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_countdown_ok(void *ctx)
{
	__u32 key = 0, last = 0;
	struct ring *r = bpf_map_lookup_elem(&lp_ring, &key);

	if (!r)
		return 0;
#pragma clang loop unroll(disable)
	for (__u32 i = 32; i > 0; i--) {
		if (r->slot[i - 1]) {
			last = i - 1;
			break;
		}
	}
	return last;
}

char LICENSE[] SEC("license") = "GPL";
