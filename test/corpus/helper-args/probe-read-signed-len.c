// A signed length checked only against the buffer size: a negative length
// would pass the check.
// Class: helper-args
// Kernel: reject: R2 unbounded memory access, use 'var &= const' or 'if (var < const)'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int ha_probe_read_signed_len(void *ctx) {
  char buf[64];
  int len = (int)bpf_get_prandom_u32();
  if (len > 64)
    return 0;
  bpf_probe_read_kernel(buf, len, ctx);
  bpf_printk("%c", buf[0]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
