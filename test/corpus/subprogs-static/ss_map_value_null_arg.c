// A hash-map value goes to the static subprogram without a NULL check; the
// callee dereferences a pointer that may be NULL.
// Class: subprogs-static
// Kernel: reject: R1 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct stats);
} ss_stats2 SEC(".maps");

static __noinline void account(struct stats *s, __u64 len)
{
	s->packets++;
	s->bytes += len;
}

SEC("xdp")
int ss_map_value_null_arg(struct xdp_md *ctx)
{
	__u32 key = ctx->ingress_ifindex;
	struct stats *s = bpf_map_lookup_elem(&ss_stats2, &key);

	account(s, ctx->data_end - ctx->data);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
