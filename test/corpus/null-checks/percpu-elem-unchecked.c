// bpf_map_lookup_percpu_elem for another CPU's slot: the CPU may not exist,
// and the result is read without a NULL check.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} nc_percpu_hits SEC(".maps");

SEC("kprobe/do_nanosleep") int nc_percpu_elem_unchecked(void *ctx) {
  __u32 key = 0;
  __u64 sum = 0;
  for (__u32 cpu = 0; cpu < 4; cpu++) {
    __u64 *hits = bpf_map_lookup_percpu_elem(&nc_percpu_hits, &key, cpu);
    sum += *hits;
  }
  bpf_printk("hits %llu", sum);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
