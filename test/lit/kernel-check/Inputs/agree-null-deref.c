// Rejected: the map lookup result may be NULL.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");

SEC("xdp")
int xdp_null_deref(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *value = bpf_map_lookup_elem(&counts, &key);
  *value += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
