// The fixed twin of xdp_count_bug.bpf.c: the lookup's result is checked
// before use, and a missing entry is created. The kernel accepts it, and
// verifiable compiles it cleanly.
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
  if (!count) {
    __u64 one = 1;
    bpf_map_update_elem(&packets, &key, &one, BPF_ANY);
    return XDP_PASS;
  }
  __sync_fetch_and_add(count, 1);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
