// An inverted NULL check: the store runs only when the lookup missed. The
// store through NULL is undefined, so clang deletes it and the kernel never
// sees it: the program loads (and silently does nothing useful).
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} cs_seen SEC(".maps");

SEC("tc") int cs_inverted_check_deleted(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *seen = bpf_map_lookup_elem(&cs_seen, &key);
  if (seen)
    return 0;
  *seen = skb->tstamp;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
