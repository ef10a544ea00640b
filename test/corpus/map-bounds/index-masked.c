// A 16-bucket histogram in a map value; the bucket index is masked with 15,
// so every access stays inside the 128-byte value. Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slots[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} mb_len_hist SEC(".maps");

SEC("xdp") int mb_index_masked(struct xdp_md *ctx) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_len_hist, &zero);
  if (!h)
    return XDP_PASS;
  __u32 bucket = (ctx->data_end - ctx->data) >> 7;
  h->slots[bucket & 15]++;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
