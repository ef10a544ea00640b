// A cgroup/connect4 hook reading msg_src_ip4, which exists only for the
// sendmsg4 hook.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=40 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/connect4") int cf_connect4_msg_src(struct bpf_sock_addr *ctx) {
  return ctx->msg_src_ip4 != 0;
}

char LICENSE[] SEC("license") = "GPL";
