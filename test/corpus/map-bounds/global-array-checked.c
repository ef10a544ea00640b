// Calls per pid bucket in a global array (.bss is a map value too), the
// bucket checked with `< 64` before the update. Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 mb_pid_bucket_calls[64];

SEC("kprobe/do_nanosleep") int mb_global_array_checked(void *ctx) {
  __u32 bucket = (__u32)bpf_get_current_pid_tgid() % 100;
  if (bucket < 64)
    __sync_fetch_and_add(&mb_pid_bucket_calls[bucket], 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
