// A syscall program closes the descriptor its caller names: bpf_sys_close()
// is one of the helpers only syscall programs get.
// Class: syscall
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_close_args {
  int fd;
  int ret;
};

SEC("syscall")
int sc_sys_close(struct sc_close_args *ctx) {
  ctx->ret = bpf_sys_close(ctx->fd);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
