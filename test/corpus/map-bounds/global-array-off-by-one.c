// Global array of 64 counters indexed after a `<= 64` check: bucket 64 is
// one past the end of the .bss value.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=512 off=512 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 mb_pid_bucket_wakeups[64];

SEC("kprobe/do_nanosleep") int mb_global_off_by_one(void *ctx) {
  __u32 bucket = (__u32)bpf_get_current_pid_tgid() % 100;
  if (bucket <= 64)
    __sync_fetch_and_add(&mb_pid_bucket_wakeups[bucket], 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
