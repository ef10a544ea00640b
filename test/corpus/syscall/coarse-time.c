// bpf_ktime_get_coarse_ns() is a networking and cgroup helper: syscall
// programs, which get the tracing helpers, cannot call it.
// Class: syscall
// Kernel: reject: program of this type cannot use helper bpf_ktime_get_coarse_ns#160
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_time {
  __u64 now;
};

SEC("syscall")
int sc_coarse_time(struct sc_time *ctx) {
  ctx->now = bpf_ktime_get_coarse_ns();
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
