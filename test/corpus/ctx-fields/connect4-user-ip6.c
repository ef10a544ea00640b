// A cgroup/connect4 hook writing an IPv6 address word: user_ip6 belongs to
// the IPv6 hooks.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=20 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/connect4") int cf_connect4_user_ip6(struct bpf_sock_addr *ctx) {
  ctx->user_ip6[3] = ctx->user_ip4;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
