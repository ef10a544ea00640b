// Picks a field of the lookup result or a global fallback with a ternary;
// clang computes the field address only after the NULL test, so nothing
// is added to a possibly NULL pointer. Accepted.
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec2 {
  __u64 a;
  __u64 b;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, struct rec2);
} cs_recs2 SEC(".maps");

__u64 cs_unmatched;

SEC("tc") int cs_select_sunk_field(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  struct rec2 *v = bpf_map_lookup_elem(&cs_recs2, &key);
  __u64 *counter = v ? &v->b : &cs_unmatched;
  *counter += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
