// test_2's scalar arguments are read from their u64 context slots; the
// state pointer (not nullable for this member) is read without a check.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_dummy_args")
int BPF_PROG(so_dummy_args, struct bpf_dummy_ops_state *state, int a1,
             unsigned short a2, char a3, unsigned long a4) {
  return state->val + a1 + a2 + a3 + (int)a4;
}

SEC(".struct_ops")
struct bpf_dummy_ops so_dummy_a = {
    .test_2 = (void *)so_dummy_args,
};

char LICENSE[] SEC("license") = "GPL";
