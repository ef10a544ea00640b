// The bucket number is clamped to 16 and then used as `n - 1`, but a short
// packet gives n == 0 and the index wraps around to 0xffffffff.
// Class: map-bounds
// Kernel: reject: R0 unbounded memory access, make sure to bounds check any such access
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist16 {
  __u64 slots[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist16);
} mb_len64_hist SEC(".maps");

SEC("tc") int mb_clamp_underflow(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist16 *h = bpf_map_lookup_elem(&mb_len64_hist, &zero);
  if (!h)
    return 0;
  __u32 n = skb->len / 64;
  if (n > 16)
    n = 16;
  h->slots[n - 1]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
