// Indexes a global array with a value masked to 0..15 although it has 8
// entries: the access may leave the .bss map value.
// Class: insn-forms
// Kernel: reject: invalid access to map value, value_size=64 off=120 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 if_per_queue[8];

SEC("tc")
int if_global_array_oob(struct __sk_buff *skb)
{
	if_per_queue[skb->queue_mapping & 15] += skb->len;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
