// Copies a variable-length prefix of kernel memory into a 64-byte buffer,
// the length masked to 0..63 first. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int ha_probe_read_masked(void *ctx) {
  char buf[64];
  __u32 len = bpf_get_prandom_u32() & 63;
  bpf_probe_read_kernel(buf, len, ctx);
  bpf_printk("%c", buf[0]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
