// The prog-array index comes from the packet (the IPv4 protocol number);
// bpf_tail_call checks the index itself at run time.
// Class: tail-calls
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp2 SEC(".maps");

SEC("xdp")
int tc_tail_call_var_index_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	bpf_tail_call(ctx, &tc_jmp2, ip->protocol);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
