// Checks the address of a field (&v->b) instead of the lookup result: an
// inbounds field address is never NULL for clang, which deletes the check,
// and the store goes through a possibly NULL map value.
// Class: compiler-shapes
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec {
  __u64 a;
  __u64 b;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, struct rec);
} cs_recs SEC(".maps");

SEC("tc") int cs_field_address_check(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  struct rec *v = bpf_map_lookup_elem(&cs_recs, &key);
  __u64 *b = &v->b;
  if (!b)
    return 0;
  *b = skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
