// A fork tracer copying the task's comm (16 bytes, sizeof taken from the
// kernel type) into an 8-byte stack buffer: the helper would write past
// the buffer, which the kernel checks against the stack slot.
// Class: libbpf
// Kernel: reject: invalid write to stack R1 off=-12 size=16
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u64);
} comm_prefix SEC(".maps");

SEC("tp/sched/sched_process_fork") int lb_comm_short_buffer(void *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  __u32 pid = bpf_get_current_pid_tgid() >> 32;
  char comm[8];
  bpf_probe_read_kernel(comm, sizeof(task->comm), &task->comm);
  bpf_map_update_elem(&comm_prefix, &pid, comm, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
