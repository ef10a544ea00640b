// A configuration constant in .rodata is "updated" through a cast that drops
// const: .rodata is a frozen map the program may not write.
// Class: map-bounds
// Kernel: reject: write into map forbidden, value_size=4 off=0 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 mb_sample_rate = 100;

SEC("tc") int mb_rodata_write(struct __sk_buff *skb) {
  if (skb->mark == 0xdead)
    *(volatile __u32 *)&mb_sample_rate = 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
