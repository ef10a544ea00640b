// Stores the address of a stack variable into a map value (a debugging
// aid). A privileged loader may leak pointers into maps: accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} st_last_frame SEC(".maps");

SEC("kprobe/do_nanosleep") int st_stack_pointer_in_map(void *ctx) {
  __u32 zero = 0;
  __u64 *slot = bpf_map_lookup_elem(&st_last_frame, &zero);
  if (slot)
    *slot = (__u64)&zero;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
