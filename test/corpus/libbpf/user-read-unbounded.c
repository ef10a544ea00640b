// A write() tracer copying the user buffer with the length taken straight
// from the syscall's count argument: the size passed to
// bpf_probe_read_user is an unchecked 32-bit value, possibly negative.
// Class: libbpf
// Kernel: reject: R2 min value is negative, either use unsigned or 'var &= const'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_write")
int lb_user_read_unbounded(struct trace_event_raw_sys_enter *ctx) {
  char buf[64];
  __u64 count = ctx->args[2];
  bpf_probe_read_user(buf, count, (const void *)ctx->args[1]);
  return buf[0];
}

char LICENSE[] SEC("license") = "GPL";
