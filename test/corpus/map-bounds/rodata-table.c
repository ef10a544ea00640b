// A constant lookup table in .rodata, indexed by a masked value: reads of a
// frozen read-only map value are fine. Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static const volatile __u8 mb_dscp_class[8] = {0, 1, 1, 2, 2, 3, 3, 3};
__u64 mb_class_count[4];

SEC("tc") int mb_rodata_table(struct __sk_buff *skb) {
  __u8 cls = mb_dscp_class[skb->tc_index & 7];
  if (cls < 4)
    mb_class_count[cls]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
