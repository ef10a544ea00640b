// The map's key is 8 bytes but the program passes a pointer to a 4-byte
// local at the top of the frame: the lookup would read past the frame.
// Class: stack
// Kernel: reject: invalid read from stack R2 off=-4 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u64);
  __type(value, __u64);
} st_by_cookie SEC(".maps");

SEC("tc") int st_key_too_small(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *v = bpf_map_lookup_elem(&st_by_cookie, &key);
  return v ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
