// Reads only the low half of the prev task pointer to hash it: pointer
// arguments of a tp_btf context must be read whole.
// Class: btf-pointers
// Kernel: reject: func 'sched_switch' size 4 must be 8
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

u32 bp_prev_hash;

SEC("tp_btf/sched_switch")
int bp_narrow_arg_read(void *ctx) {
  bp_prev_hash = *(u32 *)(ctx + 8) * 2654435761u;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
