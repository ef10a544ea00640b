// Takes the address of a field of the looked-up struct before the NULL check
// and checks the struct pointer afterwards; clang computes the address after
// the check, so the kernel sees a checked pointer. Accepted.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct conn {
  __u64 opened;
  __u64 closed;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, struct conn);
} nc_conns SEC(".maps");

SEC("cgroup_skb/egress") int nc_field_address_first(struct __sk_buff *skb) {
  __u32 key = skb->local_port;
  struct conn *c = bpf_map_lookup_elem(&nc_conns, &key);
  __u64 *closed = &c->closed;
  if (!c)
    return 1;
  *closed += 1;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
