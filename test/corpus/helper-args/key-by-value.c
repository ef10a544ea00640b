// Passes the key itself instead of its address to bpf_map_lookup_elem
// (a cast silences the compiler): the helper wants a pointer.
// Class: helper-args
// Kernel: reject: R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_by_mark SEC(".maps");

SEC("tc") int ha_key_by_value(struct __sk_buff *skb) {
  __u64 key = skb->mark;
  __u64 *v = bpf_map_lookup_elem(&ha_by_mark, (void *)key);
  return v ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
