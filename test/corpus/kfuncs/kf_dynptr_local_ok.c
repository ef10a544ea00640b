// Wraps a map value in a local dynptr and reads a field from it with
// bpf_dynptr_read(), which checks the bounds at run time.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[64]);
} kf_blob SEC(".maps");

SEC("tc")
int kf_dynptr_local_ok(struct __sk_buff *skb)
{
	__u32 key = 0, tag = 0;
	char *blob = bpf_map_lookup_elem(&kf_blob, &key);
	struct bpf_dynptr d;

	if (!blob)
		return 0;
	bpf_dynptr_from_mem(blob, 64, 0, &d);
	if (bpf_dynptr_read(&tag, sizeof(tag), &d, skb->len & 63, 0))
		return 0;
	return tag == 7;
}

char LICENSE[] SEC("license") = "GPL";
