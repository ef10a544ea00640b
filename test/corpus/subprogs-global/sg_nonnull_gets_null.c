// The caller passes a map lookup result that may be NULL to an arg:nonnull
// parameter; the call site is checked against the declared promise.
// Class: subprogs-global
// Kernel: reject: arg#0 is expected to be non-NULL
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag_nonnull __attribute__((btf_decl_tag("arg:nonnull")))

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} sg_counts1 SEC(".maps");

__noinline int sg_read_counter4(__u64 *cnt __tag_nonnull)
{
	return *cnt > 100;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_nonnull_gets_null(void *ctx)
{
	__u32 key = bpf_get_smp_processor_id();

	return sg_read_counter4(bpf_map_lookup_elem(&sg_counts1, &key));
}

char LICENSE[] SEC("license") = "GPL";
