// Obfuscates a map value pointer with XOR before storing it back; the
// kernel already refuses the 64-bit constant operand of the pointer ALU op.
// Class: insn-forms
// Kernel: reject: math between map_value pointer and 6510615555426900570 is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} if_val1 SEC(".maps");

SEC("tc")
int if_ptr_xor(struct __sk_buff *skb)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&if_val1, &key);

	if (!v)
		return 0;
	*v = (__u64)v ^ 0x5a5a5a5a5a5a5a5aULL;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
