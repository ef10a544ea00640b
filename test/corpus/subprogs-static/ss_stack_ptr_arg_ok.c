// A static subprogram fills a key struct on the caller's stack; the caller
// then uses it for a hash lookup.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct key {
	__u32 pid;
	__u32 cpu;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, struct key);
	__type(value, __u64);
} ss_seen SEC(".maps");

static __noinline void fill_key(struct key *k)
{
	k->pid = bpf_get_current_pid_tgid() >> 32;
	k->cpu = bpf_get_smp_processor_id();
}

SEC("tracepoint/syscalls/sys_enter_openat")
int ss_stack_ptr_arg_ok(void *ctx)
{
	struct key k;
	__u64 one = 1, *cnt;

	fill_key(&k);
	cnt = bpf_map_lookup_elem(&ss_seen, &k);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	else
		bpf_map_update_elem(&ss_seen, &k, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
