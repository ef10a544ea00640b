// A raw syscall tracepoint reading the syscall number and the second
// argument through vmlinux.h's struct trace_event_raw_sys_enter, then the
// user string the argument points to.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, char[64]);
} last_path SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int lb_sys_enter_args(struct trace_event_raw_sys_enter *ctx) {
  __u32 key = 0;
  char *buf = bpf_map_lookup_elem(&last_path, &key);
  if (!buf || ctx->id < 0)
    return 0;
  bpf_probe_read_user_str(buf, 64, (const char *)ctx->args[1]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
