// A config map created with BPF_F_RDONLY_PROG (programs may only read it)
// gets an atomic increment of its generation counter: the write is refused.
// Class: atomics
// Kernel: reject: write into map forbidden, value_size=8 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __uint(map_flags, BPF_F_RDONLY_PROG);
  __type(key, __u32);
  __type(value, __u64);
} at_config_gen SEC(".maps");

SEC("tc") int at_rdonly_prog_map(struct __sk_buff *skb) {
  __u32 zero = 0;
  __u64 *gen = bpf_map_lookup_elem(&at_config_gen, &zero);
  if (!gen)
    return 0;
  __sync_fetch_and_add(gen, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
