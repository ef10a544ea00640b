// Reads from a dynptr on a path where it was never initialised: only one
// branch creates it.
// Class: kfuncs
// Kernel: reject: Expected an initialized dynptr as arg #2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[64]);
} kf_blob SEC(".maps");

SEC("tc")
int kf_dynptr_read_uninit(struct __sk_buff *skb)
{
	__u32 key = 0, tag = 0;
	char *blob = bpf_map_lookup_elem(&kf_blob, &key);
	struct bpf_dynptr d;

	if (blob && skb->len > 100)
		bpf_dynptr_from_mem(blob, 64, 0, &d);
	if (bpf_dynptr_read(&tag, sizeof(tag), &d, 0, 0))
		return 0;
	return tag == 7;
}

char LICENSE[] SEC("license") = "GPL";
