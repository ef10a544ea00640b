// Atomically increments a counter inside the packet (after a bounds check);
// atomic instructions may not target packet memory.
// Class: insn-forms
// Kernel: reject: BPF_ATOMIC stores into R1 pkt is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int if_atomic_on_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *hops = data + 16;

	if ((void *)(hops + 1) > data_end)
		return XDP_PASS;
	__sync_fetch_and_add(hops, 1);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
