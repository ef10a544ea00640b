// Access inside the "end > p + n" branch: strictly more than n bytes remain.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_end_gt_inside_ok(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data_end > data + 6) {
		/* Multicast destination MAC: low bit of the first byte. */
		if (data[0] & 1)
			return XDP_DROP;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
