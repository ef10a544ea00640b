// The socket a sockmap lookup returns holds a reference: reading it and
// returning without bpf_sk_release() leaks it.
// Class: references
// Kernel: reject: Unreleased reference id=2 alloc_insn=6
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("tc")
int rf_sockmap_lookup_leak(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);

	if (!sk)
		return 0;
	return sk->family == 2;
}

char LICENSE[] SEC("license") = "GPL";
