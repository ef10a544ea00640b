// bpf_tail_call() through a hash map: kernel 6.18 prints its message without
// a newline, right before the statistics.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u32);
} not_a_prog_array SEC(".maps");

SEC("xdp") int tail_call_hash(struct xdp_md *ctx) {
  bpf_tail_call(ctx, &not_a_prog_array, 0);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
