// Sums the first 16 bytes, checking the pointer against data_end on every
// iteration of the (simulated) bounded loop.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_byte_loop_ok(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	__u32 sum = 0;

#pragma clang loop unroll(disable)
	for (int i = 0; i < 16; i++) {
		if (data + i + 1 > data_end)
			break;
		sum += data[i];
	}
	return sum & 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
