// Syscall programs hand results back by writing into their context buffer,
// which the kernel copies back to the caller.
// Class: syscall
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_req {
  __u32 pid;
  __u32 pad;
  __u64 result;
};

SEC("syscall")
int sc_result_write(struct sc_req *ctx) {
  ctx->result = bpf_get_current_pid_tgid() ^ ctx->pid;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
