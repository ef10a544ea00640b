// A syscall probe written with BPF_KSYSCALL: whether the kernel wraps
// syscalls (the virtual __kconfig extern LINUX_HAS_SYSCALL_WRAPPER, which
// libbpf sets) decides where the arguments are read from; the file name
// goes through bpf_probe_read_user_str into a per-CPU scratch buffer.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct path_buf {
  char name[256];
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct path_buf);
} scratch SEC(".maps");

SEC("ksyscall/openat")
int BPF_KSYSCALL(lb_ksyscall_openat, int dfd, const char *pathname, int flags) {
  __u32 key = 0;
  struct path_buf *b = bpf_map_lookup_elem(&scratch, &key);
  if (!b)
    return 0;
  bpf_probe_read_user_str(b->name, sizeof(b->name), pathname);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
