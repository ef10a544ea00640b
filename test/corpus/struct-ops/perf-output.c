// A congestion control that streams its window to user space with
// bpf_perf_event_output(): TCP struct_ops programs get the base helpers
// and a few TCP ones, not the perf event output of tracing programs.
// Class: struct-ops
// Kernel: reject: program of this type cannot use helper bpf_perf_event_output#25
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(int));
  __uint(value_size, sizeof(int));
} so_events SEC(".maps");

SEC("struct_ops/so_perf_output")
void BPF_PROG(so_perf_output, struct sock *sk, u8 new_state) {
  __u32 cwnd = ((struct tcp_sock *)sk)->snd_cwnd;

  bpf_perf_event_output(sk, &so_events, BPF_F_CURRENT_CPU, &cwnd,
                        sizeof(cwnd));
}

SEC(".struct_ops")
struct tcp_congestion_ops so_perf = {
    .set_state = (void *)so_perf_output,
    .name = "so_perf",
};

char LICENSE[] SEC("license") = "GPL";
