// Records the time a mark was last seen: bpf_map_update_elem with the key
// and the value in stack slots. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_last_seen SEC(".maps");

SEC("tc") int ha_update_elem(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 now = bpf_ktime_get_ns();
  bpf_map_update_elem(&ha_last_seen, &key, &now, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
