// A tracer that reads a field only where the running kernel has it:
// bpf_core_field_exists() is a CO-RE relocation that libbpf turns into the
// constant 1 or 0, so the kernel never sees the other branch.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u64);
} start_time SEC(".maps");

SEC("tp/sched/sched_process_fork") int lb_core_field_exists(void *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  __u32 pid = bpf_get_current_pid_tgid() >> 32;
  __u64 t = 0;
  if (bpf_core_field_exists(task->start_boottime))
    t = BPF_CORE_READ(task, start_boottime);
  else
    t = BPF_CORE_READ(task, start_time);
  bpf_map_update_elem(&start_time, &pid, &t, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
