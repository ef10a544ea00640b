// bpf_perf_event_output called with a pointer to a local instead of the
// program's context as its first argument.
// Class: helper-args
// Kernel: reject: R1 type=fp expected=ctx
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} ha_events SEC(".maps");

SEC("kprobe/do_nanosleep") int ha_perf_output_not_ctx(void *ctx) {
  __u64 pid = bpf_get_current_pid_tgid();
  bpf_perf_event_output(&pid, &ha_events, BPF_F_CURRENT_CPU, &pid, sizeof(pid));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
