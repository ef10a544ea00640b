// A kprobe that tries to change the probed function's first argument by
// writing the pt_regs context: kprobe contexts are read-only.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: reject: invalid bpf_context access off=112 size=8
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_sys_openat2") int lb_kprobe_regs_write(struct pt_regs *ctx) {
  ctx->di = 0;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
