// Writes a canary at the bottom of the switched-out task's kernel stack:
// a kernel struct's pointer to something other than a struct reads as
// read-only untrusted memory.
// Class: btf-pointers
// Kernel: reject: R1 cannot write into rdonly_untrusted_mem
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_write_task_stack, bool preempt, struct task_struct *prev) {
  unsigned long *bottom = prev->stack;

  *bottom = 0x57ac6e5d;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
