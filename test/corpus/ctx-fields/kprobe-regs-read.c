// A kprobe reading the first two arguments from pt_regs with the
// PT_REGS_PARM macros. Accepted.
// Class: ctx-fields
// Kernel: accept
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_nanosleep") int cf_kprobe_regs_read(struct pt_regs *regs) {
  unsigned long a = PT_REGS_PARM1(regs), b = PT_REGS_PARM2(regs);
  bpf_printk("nanosleep %lx %lx", a, b);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
