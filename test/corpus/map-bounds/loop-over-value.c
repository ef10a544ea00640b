// Sums all 8 counters of a map value in a bounded loop (unrolled by clang).
// Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counters {
  __u64 c[8];
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct counters);
} mb_counters SEC(".maps");

SEC("xdp") int mb_loop_over_value(struct xdp_md *ctx) {
  __u32 zero = 0;
  struct counters *c = bpf_map_lookup_elem(&mb_counters, &zero);
  if (!c)
    return XDP_PASS;
  __u64 sum = 0;
  for (int i = 0; i < 8; i++)
    sum += c->c[i];
  return sum > 1000000 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
