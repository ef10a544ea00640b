// The NULL check comes one line too late: the value is read first, then
// checked. The check does not protect the read (clang even drops it).
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, __u32);
} nc_verdicts SEC(".maps");

SEC("xdp") int nc_check_after_use(struct xdp_md *ctx) {
  __u32 key = ctx->ingress_ifindex;
  __u32 *verdict = bpf_map_lookup_elem(&nc_verdicts, &key);
  __u32 action = *verdict;
  if (!verdict)
    return XDP_PASS;
  return action == 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
