// A 480-byte event assembled on the stack and sent with
// bpf_perf_event_output: large, but within the 512-byte frame. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct big_event {
  __u64 pid_tgid;
  __u64 ts;
  char comm[16];
  __u8 payload[448];
};

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} st_events SEC(".maps");

SEC("kprobe/do_nanosleep") int st_large_frame(void *ctx) {
  struct big_event ev;
  __builtin_memset(&ev, 0, sizeof(ev));
  ev.pid_tgid = bpf_get_current_pid_tgid();
  ev.ts = bpf_ktime_get_ns();
  bpf_get_current_comm(ev.comm, sizeof(ev.comm));
  bpf_perf_event_output(ctx, &st_events, BPF_F_CURRENT_CPU, &ev, sizeof(ev));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
