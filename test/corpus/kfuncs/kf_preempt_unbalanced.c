// Disables preemption twice around a per-CPU update but enables it only
// once: one bpf_preempt_enable() is missing at the exit.
// Class: kfuncs
// Kernel: reject: BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_preempt_disable(void) __ksym;
extern void bpf_preempt_enable(void) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} kf_pkts SEC(".maps");

SEC("xdp")
int kf_preempt_unbalanced(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *n;

	bpf_preempt_disable();
	n = bpf_map_lookup_elem(&kf_pkts, &key);
	if (n) {
		bpf_preempt_disable();
		*n += 1;
	}
	bpf_preempt_enable();
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
