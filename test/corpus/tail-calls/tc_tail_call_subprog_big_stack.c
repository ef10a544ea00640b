// The caller of a tail-calling subprogram keeps a 300-byte buffer on its
// stack; with tail calls from subprograms the frames before the call must
// stay under 256 bytes.
// Class: tail-calls
// Kernel: reject: tail_calls are not allowed when call stack of previous frames is 304 bytes. Too large
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp7 SEC(".maps");

static __noinline int dispatch(struct __sk_buff *skb, __u32 slot)
{
	bpf_tail_call(skb, &tc_jmp7, slot);
	return 0;
}

SEC("tc")
int tc_tail_call_subprog_big_stack(struct __sk_buff *skb)
{
	__u8 hdr[300];

	if (bpf_skb_load_bytes(skb, 0, hdr, sizeof(hdr)))
		return 0;
	return dispatch(skb, hdr[23] & 7) + hdr[299];
}

char LICENSE[] SEC("license") = "GPL";
