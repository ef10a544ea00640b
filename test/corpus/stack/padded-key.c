// A flow key built on the stack with a padding hole after `proto`, passed
// to a map lookup. The padding bytes are never written; a privileged loader
// may pass uninitialised stack to helpers, so the kernel accepts it.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow_key {
  __u32 saddr;
  __u8 proto;
  __u32 daddr;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, struct flow_key);
  __type(value, __u64);
} st_flow_bytes SEC(".maps");

SEC("cgroup_skb/ingress") int st_padded_key(struct __sk_buff *skb) {
  struct flow_key key;
  key.saddr = skb->remote_ip4;
  key.proto = skb->protocol;
  key.daddr = skb->local_ip4;
  __u64 *bytes = bpf_map_lookup_elem(&st_flow_bytes, &key);
  if (bytes)
    *bytes += skb->len;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
