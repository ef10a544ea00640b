// A cgroup/connect4 hook redirecting one service address to a local proxy
// by writing user_ip4 and user_port. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("cgroup/connect4") int cf_connect4_rewrite(struct bpf_sock_addr *ctx) {
  if (ctx->user_ip4 == bpf_htonl(0x0a000001) &&
      ctx->user_port == bpf_htons(80)) {
    ctx->user_ip4 = bpf_htonl(0x7f000001);
    ctx->user_port = bpf_htons(8080);
  }
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
