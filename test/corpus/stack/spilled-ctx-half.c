// The context pointer is saved in a union and reloaded through its 32-bit
// half to be turned back into a pointer: the kernel refuses a 4-byte fill
// from a slot that holds a spilled pointer.
// Class: stack
// Kernel: reject: invalid size of register fill
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

union saved_ptr {
  struct __sk_buff *skb;
  __u32 half[2];
};

SEC("tc") int st_spilled_ctx_half(struct __sk_buff *skb) {
  volatile union saved_ptr u;
  u.skb = skb;
  bpf_ktime_get_ns();
  struct __sk_buff *s = (struct __sk_buff *)(unsigned long)u.half[0];
  return s->len & 1;
}

char LICENSE[] SEC("license") = "GPL";
