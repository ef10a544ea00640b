// bpf_loop is called from a static subprogram, with a context struct on the
// subprogram's own stack frame.
// Class: callbacks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct range {
	__u32 lo;
	__u32 hits;
};

static int count_odd(__u32 i, void *data)
{
	struct range *r = data;

	if ((r->lo + i) & 1)
		r->hits++;
	return 0;
}

static __noinline __u32 odd_in_range(__u32 lo, __u32 n)
{
	struct range r = { .lo = lo };

	bpf_loop(n, count_odd, &r, 0);
	return r.hits;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_in_subprog_ok(void *ctx)
{
	return odd_in_range(bpf_get_prandom_u32(), 50) > 25;
}

char LICENSE[] SEC("license") = "GPL";
