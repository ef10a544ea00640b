// Counts context switches per incoming pid from the sched_switch raw
// tracepoint typed by BTF: the task pointers in the context are trusted
// kernel struct pointers, so their fields are read directly.
// Class: btf-pointers
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, u32);
  __type(value, u64);
} bp_switches SEC(".maps");

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_switch_pids, bool preempt, struct task_struct *prev,
             struct task_struct *next) {
  u32 pid = next->pid;
  u64 one = 1, *count;

  if (prev->pid == pid)
    return 0;
  count = bpf_map_lookup_elem(&bp_switches, &pid);
  if (count)
    __sync_fetch_and_add(count, 1);
  else
    bpf_map_update_elem(&bp_switches, &pid, &one, BPF_NOEXIST);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
