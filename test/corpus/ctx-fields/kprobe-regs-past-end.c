// A kprobe reading one word past the end of pt_regs (as if it had another
// register): outside the context.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=168 size=8
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int cf_kprobe_regs_past_end(struct pt_regs *regs) {
  unsigned long extra = *(volatile unsigned long *)(regs + 1);
  bpf_printk("extra %lx", extra);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
