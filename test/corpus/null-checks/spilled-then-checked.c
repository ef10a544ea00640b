// The lookup result is kept on the stack across a helper call (volatile
// forces the spill) and checked after reloading: the spill keeps its type and
// the check still applies. The kernel accepts it.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_last_seen SEC(".maps");

SEC("tc") int nc_spilled_then_checked(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *volatile last = bpf_map_lookup_elem(&nc_last_seen, &key);
  __u64 now = bpf_ktime_get_ns();
  __u64 *p = last;
  if (p)
    *p = now;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
