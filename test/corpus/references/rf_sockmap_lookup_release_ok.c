// A sockmap lookup checked against NULL, read, and released.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("tc")
int rf_sockmap_lookup_release_ok(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);
	int inet;

	if (!sk)
		return 0;
	inet = sk->family == 2;
	bpf_sk_release(sk);
	return inet;
}

char LICENSE[] SEC("license") = "GPL";
