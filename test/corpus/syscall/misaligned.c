// The caller packs a u16 kind before a u32 value; the program reads the value
// through a plain u32 pointer at offset 2, and the kernel accepts only
// context accesses aligned to their size.
// Class: syscall
// Kernel: reject: invalid bpf_context access off=2 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("syscall")
int sc_misaligned(__u16 *ctx) {
  __u32 *value = (__u32 *)(ctx + 1);

  return *ctx == 1 ? *value : 0;
}

char LICENSE[] SEC("license") = "GPL";
