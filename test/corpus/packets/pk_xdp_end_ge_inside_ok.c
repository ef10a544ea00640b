// Access inside the "end >= p + n" branch; the same fact as "p + n <= end".
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_end_ge_inside_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *word = data;

	if (data_end >= data + sizeof(*word))
		return *word == 0 ? XDP_DROP : XDP_PASS;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
