// A sign-extending load (-mcpu=v4, Linux 6.6): kernel-versions.c.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, signed char);
} kv_bytes SEC(".maps");

SEC("xdp") int kv_signed_byte(struct xdp_md *ctx) {
  __u32 zero = 0;
  signed char *b = bpf_map_lookup_elem(&kv_bytes, &zero);
  if (!b)
    return XDP_PASS;
  long v = *b; // ldsx
  return v < 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
