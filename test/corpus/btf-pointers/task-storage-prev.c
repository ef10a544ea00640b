// Counts how often each task is switched out in task-local storage: the
// tracepoint's task argument is trusted, which bpf_task_storage_get needs.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, u64);
} bp_out_count SEC(".maps");

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_task_storage_prev, bool preempt, struct task_struct *prev) {
  u64 *count = bpf_task_storage_get(&bp_out_count, prev, 0,
                                    BPF_LOCAL_STORAGE_GET_F_CREATE);
  if (count)
    *count += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
