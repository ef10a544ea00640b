// Rejected: a GPL-only helper called from a program whose license is not
// GPL-compatible.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_sys_openat2")
int kprobe_gpl_helper(void *ctx) {
  char buf[16];
  bpf_probe_read_kernel(buf, sizeof(buf), ctx);
  return buf[0];
}

char LICENSE[] SEC("license") = "Proprietary";
