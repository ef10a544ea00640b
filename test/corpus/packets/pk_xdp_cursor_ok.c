// Cursor-style parsing: an inline helper checks pos + len against the end and
// returns the old position (a copy of the checked pointer) or NULL.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct cursor {
	void *pos;
	void *end;
};

static __always_inline void *take(struct cursor *c, __u32 len)
{
	void *p = c->pos;

	if (p + len > c->end)
		return NULL;
	c->pos = p + len;
	return p;
}

SEC("xdp")
int pk_xdp_cursor_ok(struct xdp_md *ctx)
{
	struct cursor c = { (void *)(long)ctx->data, (void *)(long)ctx->data_end };
	struct ethhdr *eth = take(&c, sizeof(*eth));
	struct iphdr *ip;

	if (!eth || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	ip = take(&c, sizeof(*ip));
	if (!ip)
		return XDP_PASS;
	return ip->ttl <= 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
