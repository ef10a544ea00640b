// A kprobe trying to change the return register in pt_regs: kprobe
// contexts are read-only.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=80 size=8
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_nanosleep") int cf_kprobe_regs_write(struct pt_regs *regs) {
  PT_REGS_RC(regs) = 0;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
