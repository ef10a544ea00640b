// An atomic exchange on a .rodata flag to read-and-clear it: the exchange
// writes the frozen read-only map.
// Class: atomics
// Kernel: reject: write into map forbidden, value_size=15 off=0 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 at_armed = 1;

SEC("kprobe/do_nanosleep") int at_rodata_xchg(void *ctx) {
  __u32 was = __sync_lock_test_and_set((__u32 *)&at_armed, 0);
  if (was)
    bpf_printk("fired once");
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
