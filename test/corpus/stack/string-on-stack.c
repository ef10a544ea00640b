// Builds a prefix string in a stack buffer and compares it with bpf_strncmp
// against a constant in .rodata. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int st_string_on_stack(void *ctx) {
  char comm[16] = {};
  bpf_get_current_comm(comm, sizeof(comm));
  if (bpf_strncmp(comm, 4, "sshd") == 0)
    bpf_printk("sshd sleeps");
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
