// Sends a fixed-size event through bpf_ringbuf_output from a stack struct.
// Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sleep_event {
  __u64 pid_tgid;
  __u64 ts;
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} ha_sleep_events SEC(".maps");

SEC("kprobe/do_nanosleep") int ha_ringbuf_output(void *ctx) {
  struct sleep_event ev = {bpf_get_current_pid_tgid(), bpf_ktime_get_ns()};
  bpf_ringbuf_output(&ha_sleep_events, &ev, sizeof(ev), 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
