// A syscall program reads its arguments from the buffer the caller of
// BPF_PROG_RUN passes as its context: any aligned offset may be read.
// Class: syscall
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_args {
  int fd;
  int flags;
  __u64 cookie;
};

SEC("syscall")
int sc_args_read(struct sc_args *ctx) {
  return ctx->fd + ctx->flags + (int)ctx->cookie;
}

char LICENSE[] SEC("license") = "GPL";
