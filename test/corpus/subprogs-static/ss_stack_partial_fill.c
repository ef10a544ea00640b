// The static subprogram fills only the first field of the key, so the
// lookup hashes four bytes of stack nobody wrote. Privileged loaders may read
// uninitialised stack, so the kernel still accepts.
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
} ss_seen2 SEC(".maps");

static __noinline void fill_key(struct key *k)
{
	k->pid = bpf_get_current_pid_tgid() >> 32;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int ss_stack_partial_fill(void *ctx)
{
	struct key k;
	__u64 *cnt;

	fill_key(&k);
	cnt = bpf_map_lookup_elem(&ss_seen2, &k);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
