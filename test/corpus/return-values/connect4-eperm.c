// A cgroup/connect4 hook returning -EPERM (1 is allow, 0 is deny): the
// kernel wants 0 or 1.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=4294967295 smax=4294967295 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("cgroup/connect4") int rv_connect4_eperm(struct bpf_sock_addr *ctx) {
  if (ctx->user_port == bpf_htons(25))
    return -1;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
