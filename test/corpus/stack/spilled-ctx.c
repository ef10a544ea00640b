// The context pointer is kept in a stack slot across helper calls (forced
// by volatile) and reloaded to read a field: a spilled pointer keeps its
// type. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int st_spilled_ctx(struct __sk_buff *skb) {
  struct __sk_buff *volatile saved = skb;
  __u64 t0 = bpf_ktime_get_ns();
  __u32 r = bpf_get_prandom_u32();
  struct __sk_buff *s = saved;
  return (s->len + r + t0) & 1;
}

char LICENSE[] SEC("license") = "GPL";
