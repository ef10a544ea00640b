// bpf_throw() belongs to the generic kfunc set, which kprobe programs may
// not call (tc, XDP, tracepoints and cgroup programs may).
// Class: kfuncs
// Kernel: reject: calling kernel function bpf_throw is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;

SEC("kprobe/do_nanosleep")
int kf_throw_kprobe(void *ctx)
{
	if (bpf_get_prandom_u32() == 0)
		bpf_throw(1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
