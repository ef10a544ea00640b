// The exec tracer with the parent read directly: outside tp_btf and
// fentry, bpf_get_current_task() returns a plain number, so dereferencing
// it is a load through a scalar.
// Class: libbpf
// Kernel: reject: R6 invalid mem access 'scalar'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u32);
} parent_of_direct SEC(".maps");

SEC("tp/sched/sched_process_exec") int lb_task_direct_deref(void *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  __u32 pid = bpf_get_current_pid_tgid() >> 32;
  __u32 ppid = task->real_parent->tgid;
  bpf_map_update_elem(&parent_of_direct, &pid, &ppid, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
