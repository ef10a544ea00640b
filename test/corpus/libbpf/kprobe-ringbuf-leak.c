// The unlink tracer with an early return added for kernel threads: the
// reserved ring buffer record is neither submitted nor discarded on that
// path, which the kernel reports as a leaked reference.
// Class: libbpf
// Flags: -D__TARGET_ARCH_x86
// Kernel: reject: Unreleased reference id=2 alloc_insn=5
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
} unlink_leak_events SEC(".maps");

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(lb_kprobe_ringbuf_leak, int dfd, struct filename *name) {
  struct unlink_event *e =
      bpf_ringbuf_reserve(&unlink_leak_events, sizeof(*e), 0);
  if (!e)
    return 0;
  __u64 id = bpf_get_current_pid_tgid();
  if ((__u32)id == 0)
    return 0;
  e->pid = id >> 32;
  bpf_probe_read_kernel_str(e->path, sizeof(e->path), BPF_CORE_READ(name, name));
  bpf_ringbuf_submit(e, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
