// Maps whose size a loader normally sets at run time: a perf event array and
// a hash map with no max_entries, a ring buffer that is not a power-of-two
// number of pages. bpf-kernel-check sizes them so the program can load.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 1000);
} ring SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __type(key, __u32);
  __type(value, __u64);
} sized_by_userspace SEC(".maps");

SEC("xdp")
int xdp_sized_maps(struct xdp_md *ctx) {
  __u32 key = 0;
  long *slot = bpf_ringbuf_reserve(&ring, sizeof(long), 0);
  if (slot)
    bpf_ringbuf_discard(slot, 0);
  bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &key, sizeof(key));
  return bpf_map_lookup_elem(&sized_by_userspace, &key) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
