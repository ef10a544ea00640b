// Sums a per-CPU counter over the first four CPUs with
// bpf_map_lookup_percpu_elem, skipping CPUs whose lookup returns NULL.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} nc_percpu_calls SEC(".maps");

SEC("kprobe/do_nanosleep") int nc_percpu_elem_checked(void *ctx) {
  __u32 key = 0;
  __u64 sum = 0;
  for (__u32 cpu = 0; cpu < 4; cpu++) {
    __u64 *calls = bpf_map_lookup_percpu_elem(&nc_percpu_calls, &key, cpu);
    if (calls)
      sum += *calls;
  }
  bpf_printk("calls %llu", sum);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
