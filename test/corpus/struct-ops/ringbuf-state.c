// set_state() logs state changes through a ring buffer: the base helpers are
// available to every struct_ops type that has helpers, TCP included.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} so_states SEC(".maps");

SEC("struct_ops/so_ringbuf_state")
void BPF_PROG(so_ringbuf_state, struct sock *sk, u8 new_state) {
  __u32 *slot = bpf_ringbuf_reserve(&so_states, sizeof(*slot), 0);

  if (!slot)
    return;
  *slot = new_state;
  bpf_ringbuf_submit(slot, 0);
}

SEC(".struct_ops")
struct tcp_congestion_ops so_rb = {
    .set_state = (void *)so_ringbuf_state,
    .name = "so_rb",
};

char LICENSE[] SEC("license") = "GPL";
