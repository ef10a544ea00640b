// A cgroup/sysctl hook allowing only reads of sysctls: 1 for reads, 0 for
// writes. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sysctl") int rv_sysctl_read_only(struct bpf_sysctl *ctx) {
  return !ctx->write;
}

char LICENSE[] SEC("license") = "GPL";
