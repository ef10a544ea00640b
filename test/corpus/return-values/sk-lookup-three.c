// An sk_lookup program returning 3 for an unknown port: sk_lookup returns
// SK_DROP (0) or SK_PASS (1).
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=3 smax=3 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_lookup") int rv_sk_lookup_three(struct bpf_sk_lookup *ctx) {
  if (ctx->local_port == 7)
    return SK_PASS;
  return 3;
}

char LICENSE[] SEC("license") = "GPL";
