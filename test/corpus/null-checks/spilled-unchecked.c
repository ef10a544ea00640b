// The lookup result goes through a stack slot (volatile) and the reloaded
// copy is written without a check: the spilled type is still or-NULL.
// Class: null-checks
// Kernel: reject: R1 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_first_seen SEC(".maps");

SEC("tc") int nc_spilled_unchecked(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *volatile first = bpf_map_lookup_elem(&nc_first_seen, &key);
  __u64 now = bpf_ktime_get_ns();
  __u64 *p = first;
  *p = now;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
