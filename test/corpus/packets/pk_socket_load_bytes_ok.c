// A socket filter copies the first IPv4 byte with bpf_skb_load_bytes into a
// stack buffer, the way socket filters must read packet data.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int pk_socket_load_bytes_ok(struct __sk_buff *skb)
{
	__u8 vihl;

	if (bpf_skb_load_bytes(skb, 14, &vihl, sizeof(vihl)))
		return 0;
	return (vihl >> 4) == 4 ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
