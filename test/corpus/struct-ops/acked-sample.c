// pkts_acked() reads the ack sample the kernel passes: a trusted pointer to
// struct ack_sample, read field by field.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 so_rtt_sum;

SEC("struct_ops/so_acked_sample")
void BPF_PROG(so_acked_sample, struct sock *sk,
              const struct ack_sample *sample) {
  if (sample->rtt_us > 0)
    so_rtt_sum += sample->rtt_us;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_acked = {
    .pkts_acked = (void *)so_acked_sample,
    .name = "so_acked",
};

char LICENSE[] SEC("license") = "GPL";
