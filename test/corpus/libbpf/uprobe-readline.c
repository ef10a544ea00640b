// A uprobe on bash's readline return, written with BPF_KRETPROBE (libbpf 1.1 has no BPF_URETPROBE): the
// returned user pointer is copied with bpf_probe_read_user_str into a
// ring buffer record.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct line_event {
  __u32 pid;
  char line[80];
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 8192);
} lines SEC(".maps");

SEC("uretprobe//bin/bash:readline")
int BPF_KRETPROBE(lb_uprobe_readline, const void *ret) {
  struct line_event *e;
  if (!ret)
    return 0;
  e = bpf_ringbuf_reserve(&lines, sizeof(*e), 0);
  if (!e)
    return 0;
  e->pid = bpf_get_current_pid_tgid() >> 32;
  bpf_probe_read_user_str(e->line, sizeof(e->line), ret);
  bpf_ringbuf_submit(e, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
