// bpf_get_current_comm told the buffer holds 32 bytes when the stack array
// holds 8: the helper would write past the top of the frame.
// Class: stack
// Kernel: reject: invalid write to stack R1 off=-8 size=32
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int st_comm_too_small(void *ctx) {
  char comm[8];
  bpf_get_current_comm(comm, 32);
  bpf_printk("sleep from %s", comm);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
