// The write() tracer with the count clamped to the buffer before the copy,
// so the size the kernel sees is within [0, 64].
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, char[64]);
} write_head SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_write")
int lb_user_read_clamped(struct trace_event_raw_sys_enter *ctx) {
  __u32 key = 0;
  char *buf = bpf_map_lookup_elem(&write_head, &key);
  if (!buf)
    return 0;
  __u64 count = ctx->args[2];
  if (count > 64)
    count = 64;
  bpf_probe_read_user(buf, count, (const void *)ctx->args[1]);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
