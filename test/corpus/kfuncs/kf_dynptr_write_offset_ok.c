// Writes into a ring buffer record at an offset computed at run time:
// bpf_dynptr_write() checks the bounds itself, so the verifier does not.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} kf_samples SEC(".maps");

SEC("tc")
int kf_dynptr_write_offset_ok(struct __sk_buff *skb)
{
	struct bpf_dynptr d;
	__u32 len = skb->len;

	bpf_ringbuf_reserve_dynptr(&kf_samples, 64, 0, &d);
	bpf_dynptr_write(&d, skb->protocol & 63, &len, sizeof(len), 0);
	bpf_ringbuf_submit_dynptr(&d, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
