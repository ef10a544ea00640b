// bpf_perf_event_output given a hash map instead of a
// BPF_MAP_TYPE_PERF_EVENT_ARRAY.
// Class: helper-args
// Kernel: reject: cannot pass map_type 1 into func bpf_perf_event_output#25
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_not_perf SEC(".maps");

SEC("kprobe/do_nanosleep") int ha_perf_output_hash(void *ctx) {
  __u64 pid = bpf_get_current_pid_tgid();
  bpf_perf_event_output(ctx, &ha_not_perf, BPF_F_CURRENT_CPU, &pid,
                        sizeof(pid));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
