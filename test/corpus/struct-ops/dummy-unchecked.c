// bpf_dummy_ops.test_1's state argument is declared `__nullable` by the
// kernel's stub: reading it without a NULL check is refused.
// Class: struct-ops
// Kernel: reject: R1 invalid mem access 'trusted_ptr_or_null_'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_dummy_unchecked")
int BPF_PROG(so_dummy_unchecked, struct bpf_dummy_ops_state *state) {
  return state->val;
}

SEC(".struct_ops")
struct bpf_dummy_ops so_dummy_u = {
    .test_1 = (void *)so_dummy_unchecked,
};

char LICENSE[] SEC("license") = "GPL";
