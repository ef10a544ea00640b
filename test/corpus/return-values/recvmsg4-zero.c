// A cgroup/recvmsg4 hook returning 0: recvmsg hooks cannot deny, they
// must return 1.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=0 smax=0 should have been in [1, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/recvmsg4") int rv_recvmsg4_zero(struct bpf_sock_addr *ctx) {
  if (ctx->user_ip4 == 0)
    return 0;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
