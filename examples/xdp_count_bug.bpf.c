// An XDP program that counts packets per protocol in a hash map, with the
// bug every BPF developer writes once: the lookup's result is used without
// a NULL check. The kernel rejects it with
// "R0 invalid mem access 'map_value_or_null'"; verifiable says so at
// compile time, at the line of the dereference.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} packets SEC(".maps");

SEC("xdp") int xdp_count(struct xdp_md *ctx) {
  __u32 key = ctx->ingress_ifindex;
  __u64 *count = bpf_map_lookup_elem(&packets, &key);
  *count += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
