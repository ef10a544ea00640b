// bpf_ringbuf_output told the event is 32 bytes when the stack struct holds
// 16: the helper would read past the top of the frame.
// Class: helper-args
// Kernel: reject: invalid read from stack R2 off=-16 size=32
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct wake_event {
  __u64 pid_tgid;
  __u64 ts;
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} ha_wake_events SEC(".maps");

SEC("kprobe/do_nanosleep") int ha_ringbuf_output_size(void *ctx) {
  struct wake_event ev = {bpf_get_current_pid_tgid(), bpf_ktime_get_ns()};
  bpf_ringbuf_output(&ha_wake_events, &ev, 32, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
