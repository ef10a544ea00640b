// bpf_dummy_ops gives its programs no helper at all: even
// bpf_get_prandom_u32() is refused.
// Class: struct-ops
// Kernel: reject: program of this type cannot use helper bpf_get_prandom_u32#7
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_dummy_helper")
int BPF_PROG(so_dummy_helper, struct bpf_dummy_ops_state *state, int a1,
             unsigned short a2, char a3, unsigned long a4) {
  return bpf_get_prandom_u32() % (a2 + 1);
}

SEC(".struct_ops")
struct bpf_dummy_ops so_dummy_h = {
    .test_2 = (void *)so_dummy_helper,
};

char LICENSE[] SEC("license") = "GPL";
