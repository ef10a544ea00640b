// A fetch-add on the u64 "after" the last field of a 24-byte value (an
// index one too far in a cast array): outside the map value.
// Class: atomics
// Kernel: reject: invalid access to map value, value_size=24 off=24 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats {
  __u64 packets;
  __u64 bytes;
  __u32 flags;
  __u32 errors;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct stats);
} at_overflow SEC(".maps");

SEC("tc") int at_past_value_end(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_overflow, &zero);
  if (!s)
    return 0;
  __u64 *words = (__u64 *)s;
  __u64 old = __sync_fetch_and_add(&words[3], 1);
  return old & 1;
}

char LICENSE[] SEC("license") = "GPL";
