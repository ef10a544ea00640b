// A kprobe on do_unlinkat written with BPF_KPROBE and BPF_CORE_READ: the
// file name pointer is read from struct filename with a CO-RE probe read,
// and the string is copied into a ring buffer record.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct unlink_event {
  __u32 pid;
  char path[128];
};

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} unlink_events SEC(".maps");

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(lb_kprobe_unlink_path, int dfd, struct filename *name) {
  struct unlink_event *e = bpf_ringbuf_reserve(&unlink_events, sizeof(*e), 0);
  if (!e)
    return 0;
  e->pid = bpf_get_current_pid_tgid() >> 32;
  const char *path = BPF_CORE_READ(name, name);
  bpf_probe_read_kernel_str(e->path, sizeof(e->path), path);
  bpf_ringbuf_submit(e, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
