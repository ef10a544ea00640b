// bpf_dynptr_from_mem() over a buffer on the stack: the helper takes map
// values only.
// Class: kfuncs
// Kernel: reject: Unsupported reg type fp for bpf_dynptr_from_mem data
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int kf_dynptr_local_stack(struct __sk_buff *skb)
{
	char scratch[32] = {};
	__u32 tag = 0;
	struct bpf_dynptr d;

	bpf_dynptr_from_mem(scratch, sizeof(scratch), 0, &d);
	if (bpf_dynptr_read(&tag, sizeof(tag), &d, 4, 0))
		return 0;
	return tag == 7;
}

char LICENSE[] SEC("license") = "GPL";
