// The 64-bit form of the folded range check: r1 = i; r1 += -4; if r1 > 15,
// then the access with i. The linked copy carries the bound. Accepted.
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slot[64];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} cs_window64 SEC(".maps");

SEC("kprobe/do_nanosleep") int cs_range_check_offset_copy_64(void *ctx) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_window64, &zero);
  if (!h)
    return 0;
  __u64 i = bpf_ktime_get_ns() & 0xffff;
  if (i >= 4 && i < 20)
    h->slot[i]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
