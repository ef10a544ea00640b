// A possibly-NULL lookup result is passed straight to bpf_map_update_elem as
// the value to store: the helper wants a non-NULL pointer.
// Class: null-checks
// Kernel: reject: R3 type=map_value_or_null expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_current SEC(".maps"), nc_previous SEC(".maps");

SEC("tc") int nc_null_to_helper(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *cur = bpf_map_lookup_elem(&nc_current, &key);
  bpf_map_update_elem(&nc_previous, &key, cur, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
