// A USDT probe reading its first argument with libbpf's usdt.bpf.h:
// bpf_usdt_arg() is a __weak __hidden global function, which libbpf marks
// static, so the kernel verifies it in the caller's context.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/usdt.bpf.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 256);
  __type(key, long);
  __type(value, __u64);
} query_sizes SEC(".maps");

SEC("usdt") int BPF_USDT(lb_usdt_arg, long size) {
  __u64 one = 1, *n = bpf_map_lookup_elem(&query_sizes, &size);
  if (n)
    __sync_fetch_and_add(n, 1);
  else
    bpf_map_update_elem(&query_sizes, &size, &one, BPF_NOEXIST);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
