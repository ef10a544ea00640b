// A cgroup/sysctl hook returning 2 for "read only": sysctl hooks return
// 0 (deny) or 1 (allow).
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sysctl") int rv_sysctl_two(struct bpf_sysctl *ctx) {
  return ctx->write ? 2 : 1;
}

char LICENSE[] SEC("license") = "GPL";
