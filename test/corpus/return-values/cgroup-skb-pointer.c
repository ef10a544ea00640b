// Returns a map value pointer where a verdict is expected (returns the
// lookup result instead of testing it).
// Class: return-values
// Kernel: reject: At program exit the register R0 is not a known value (map_value_or_null)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u32);
} rv_blocked_ports SEC(".maps");

SEC("cgroup_skb/ingress") int rv_cgroup_skb_pointer(struct __sk_buff *skb) {
  __u32 port = skb->local_port;
  return (long)bpf_map_lookup_elem(&rv_blocked_ports, &port);
}

char LICENSE[] SEC("license") = "GPL";
