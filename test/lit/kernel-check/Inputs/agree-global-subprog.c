// Accepted: a global subprogram verified once against its BTF prototype.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");

__attribute__((noinline)) int read_or_zero(__u64 *value) {
  return value ? *value : 0;
}

SEC("xdp")
int xdp_global_subprog(struct xdp_md *ctx) {
  __u32 key = 0;
  return read_or_zero(bpf_map_lookup_elem(&counts, &key)) & 1;
}

char LICENSE[] SEC("license") = "GPL";
