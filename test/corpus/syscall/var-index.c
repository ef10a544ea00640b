// Indexing the context buffer with a value read from it: the kernel allows
// only constant offsets into a program's context.
// Class: syscall
// Kernel: reject: variable ctx access var_off=(0x0; 0x7) disallowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_table {
  __u32 index;
  __u8 bytes[8];
};

SEC("syscall")
int sc_var_index(struct sc_table *ctx) {
  return ctx->bytes[ctx->index & 7];
}

char LICENSE[] SEC("license") = "GPL";
