// Reads a fifth sched_switch argument that the tracepoint does not have
// (it passes preempt, prev, next and prev_state): the context holds one
// 8-byte slot per argument.
// Class: btf-pointers
// Kernel: reject: func 'sched_switch' doesn't have 5-th argument
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

u64 bp_extra;

SEC("tp_btf/sched_switch")
int bp_missing_argument(u64 *ctx) {
  bp_extra = ctx[4];
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
