// The caller NULL-checks a map value and hands it to a static subprogram
// that updates two counters in it.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct stats);
} ss_stats1 SEC(".maps");

static __noinline void account(struct stats *s, __u64 len)
{
	s->packets++;
	s->bytes += len;
}

SEC("xdp")
int ss_map_value_arg_ok(struct xdp_md *ctx)
{
	__u32 key = 0;
	struct stats *s = bpf_map_lookup_elem(&ss_stats1, &key);

	if (!s)
		return XDP_PASS;
	account(s, ctx->data_end - ctx->data);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
