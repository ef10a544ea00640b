// bpf_get_current_comm into a 16-byte stack buffer of exactly the size
// passed, then the name is printed. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int st_comm_buffer(void *ctx) {
  char comm[16];
  bpf_get_current_comm(comm, sizeof(comm));
  bpf_printk("sleep from %s", comm);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
