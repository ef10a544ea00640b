// Copies 16 bytes of kernel memory into an 8-byte local: the helper's
// destination runs past the top of the stack frame.
// Class: stack
// Kernel: reject: invalid write to stack R1 off=-8 size=16
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int st_helper_past_frame(void *ctx) {
  __u64 value;
  bpf_probe_read_kernel(&value, 16, ctx);
  bpf_printk("value %llx", value);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
