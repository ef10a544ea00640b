// The copy length is never bounded before bpf_probe_read_kernel: the size
// argument must have a known maximum.
// Class: helper-args
// Kernel: reject: R2 unbounded memory access, use 'var &= const' or 'if (var < const)'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int ha_probe_read_unbounded(void *ctx) {
  char buf[64];
  __u32 len = bpf_get_prandom_u32();
  bpf_probe_read_kernel(buf, len, ctx);
  bpf_printk("%c", buf[0]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
