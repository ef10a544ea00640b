// An exec tracer reading the parent's tgid through two pointer hops of
// struct task_struct with BPF_CORE_READ: each hop is a CO-RE probe read,
// so the kernel sees only helper calls on stack buffers.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u32);
} parent_of SEC(".maps");

SEC("tp/sched/sched_process_exec") int lb_task_parent_tgid(void *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  __u32 pid = bpf_get_current_pid_tgid() >> 32;
  __u32 ppid = BPF_CORE_READ(task, real_parent, tgid);
  bpf_map_update_elem(&parent_of, &pid, &ppid, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
