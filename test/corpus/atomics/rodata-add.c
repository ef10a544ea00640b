// An atomic add on a const global in .rodata (the const is cast away):
// the map behind .rodata is frozen, atomics may not write it.
// Class: atomics
// Kernel: reject: write into map forbidden, value_size=8 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u64 at_config_hits = 0;

SEC("kprobe/do_nanosleep") int at_rodata_add(void *ctx) {
  __sync_fetch_and_add((__u64 *)&at_config_hits, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
