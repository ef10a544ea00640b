// A socket filter reads skb->data: socket filters have no direct packet
// access, so even loading the data pointer from the context is refused.
// Class: packets
// Kernel: reject: invalid bpf_context access off=80 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int pk_socket_direct_read(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;
	unsigned char *data_end = (void *)(long)skb->data_end;

	if (data + 1 > data_end)
		return 0;
	return data[0] == 0x45 ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
