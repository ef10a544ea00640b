// Discards a local dynptr as if it were a ring buffer reservation: it holds
// no reference to give back.
// Class: kfuncs
// Kernel: reject: arg 1 is an unacquired reference
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[64]);
} kf_blob SEC(".maps");

SEC("tc")
int kf_dynptr_discard_local(struct __sk_buff *skb)
{
	__u32 key = 0;
	char *blob = bpf_map_lookup_elem(&kf_blob, &key);
	struct bpf_dynptr d;

	if (!blob)
		return 0;
	bpf_dynptr_from_mem(blob, 64, 0, &d);
	bpf_ringbuf_discard_dynptr(&d, 0);
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
