// An event struct on the stack is only partly filled before
// bpf_perf_event_output copies all of it: privileged loaders may pass
// uninitialised stack bytes to helpers. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct exec_event {
  __u32 pid;
  __u32 uid;
  char comm[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} st_exec_events SEC(".maps");

SEC("kprobe/do_nanosleep") int st_uninit_to_output(void *ctx) {
  struct exec_event ev;
  ev.pid = bpf_get_current_pid_tgid() >> 32;
  ev.uid = (__u32)bpf_get_current_uid_gid();
  bpf_perf_event_output(ctx, &st_exec_events, BPF_F_CURRENT_CPU, &ev,
                        sizeof(ev));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
