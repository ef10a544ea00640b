// Programs the verifier never gets to judge: libbpf fails before
// BPF_PROG_LOAD, each for a different reason of its own.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("fentry/function_that_does_not_exist_in_any_kernel")
int fentry_missing_target(void *ctx) { return 0; }

SEC("lsm")
int lsm_without_target(void *ctx) { return 0; }

SEC("not_a_program_type/foo")
int unknown_section(void *ctx) { return 0; }

char LICENSE[] SEC("license") = "GPL";
