// Passing the context buffer itself to bpf_sys_bpf() as the attribute
// block: helpers take stack, map values or memory, not the context.
// Class: syscall
// Kernel: reject: R2 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("syscall")
int sc_ctx_to_helper(union bpf_attr *ctx) {
  return bpf_sys_bpf(BPF_MAP_CREATE, ctx, sizeof(*ctx));
}

char LICENSE[] SEC("license") = "GPL";
