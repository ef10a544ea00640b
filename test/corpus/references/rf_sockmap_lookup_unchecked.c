// A sockmap lookup returns the socket itself, with a reference taken on it:
// read before the NULL check it is still sock_or_null.
// Class: references
// Kernel: reject: R0 invalid mem access 'sock_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("tc")
int rf_sockmap_lookup_unchecked(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);

	return sk->family == 2;
}

char LICENSE[] SEC("license") = "GPL";
