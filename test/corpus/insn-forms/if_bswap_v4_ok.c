// Byte-swaps a 64-bit cookie with __builtin_bswap64 (cpu v4 unconditional
// bswap) before storing it.
// Class: insn-forms
// Kernel: accept
// Flags: -mcpu=v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} if_cookie SEC(".maps");

SEC("tc")
int if_bswap_v4_ok(struct __sk_buff *skb)
{
	__u32 key = 0;
	__u64 *c = bpf_map_lookup_elem(&if_cookie, &key);

	if (!c)
		return 0;
	*c = __builtin_bswap64(bpf_get_socket_cookie(skb));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
