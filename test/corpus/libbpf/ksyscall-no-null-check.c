// A syscall counter written with BPF_KSYSCALL that increments the looked-up
// counter without checking the lookup's result.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u64);
} kill_count SEC(".maps");

SEC("ksyscall/kill")
int BPF_KSYSCALL(lb_ksyscall_no_null_check, pid_t pid, int sig) {
  __u32 key = sig;
  __u64 *n = bpf_map_lookup_elem(&kill_count, &key);
  *n += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
