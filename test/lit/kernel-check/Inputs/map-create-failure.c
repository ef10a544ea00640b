// An array map with 8-byte keys: the kernel refuses to create it (array keys
// are 4 bytes), so the program using it never reaches the verifier. The
// program that does not use it still gets a verdict.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __uint(key_size, 8);
  __uint(value_size, 8);
} bad_keys SEC(".maps");

SEC("xdp")
int xdp_uses_bad_map(struct xdp_md *ctx) {
  __u64 key = 0;
  return bpf_map_lookup_elem(&bad_keys, &key) ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int xdp_ignores_bad_map(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
