// The copy length is masked with 127 for a 64-byte buffer: the helper
// could write 63 bytes past the buffer.
// Class: helper-args
// Kernel: reject: invalid write to stack R1 off=-64 size=127
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int ha_probe_read_too_wide(void *ctx) {
  char buf[64];
  __u32 len = bpf_get_prandom_u32() & 127;
  bpf_probe_read_kernel(buf, len, ctx);
  bpf_printk("%c", buf[0]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
