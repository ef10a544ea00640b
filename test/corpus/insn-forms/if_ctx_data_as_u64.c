// Reads xdp_md->data and data_end as one 64-bit word and splits it. Clang
// emits two 4-byte loads (the field is only 4-aligned), and shifting the
// data_end half is arithmetic on a pkt_end pointer.
// Class: insn-forms
// Kernel: reject: R3 pointer arithmetic on pkt_end prohibited
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int if_ctx_data_as_u64(struct xdp_md *ctx)
{
	__u64 both = *(volatile __u64 *)&ctx->data;
	void *data = (void *)(long)(__u32)both;
	void *data_end = (void *)(long)(both >> 32);

	return data + 14 > data_end ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
