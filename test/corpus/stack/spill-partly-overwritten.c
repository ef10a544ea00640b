// The context pointer is saved in a union on the stack, then the union's
// upper half is overwritten with a flag: the slot no longer holds a pointer,
// and the reloaded value is a plain number the program may not dereference.
// Class: stack
// Kernel: reject: R1 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

union ctx_or_flags {
  struct __sk_buff *skb;
  __u32 word[2];
};

SEC("tc") int st_spill_overwritten(struct __sk_buff *skb) {
  volatile union ctx_or_flags u;
  u.skb = skb;
  u.word[1] = 1;
  struct __sk_buff *s = u.skb;
  return s->len & 1;
}

char LICENSE[] SEC("license") = "GPL";
