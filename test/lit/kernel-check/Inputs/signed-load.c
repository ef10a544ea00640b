// A sign-extending load, compiled with -mcpu=v4: the BPF_MEMSX instructions
// arrived in Linux 6.6. The 6.1 verifier rejects the instruction, 6.12
// accepts the program.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int xdp_signed_byte(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  signed char *p = data;

  if ((void *)(p + 1) > data_end)
    return XDP_PASS;
  return *p < 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
