// The same nullable state of bpf_dummy_ops.test_1, checked before it is read.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_dummy_checked")
int BPF_PROG(so_dummy_checked, struct bpf_dummy_ops_state *state) {
  if (!state)
    return -1;
  return state->val + 1;
}

SEC(".struct_ops")
struct bpf_dummy_ops so_dummy_c = {
    .test_1 = (void *)so_dummy_checked,
};

char LICENSE[] SEC("license") = "GPL";
