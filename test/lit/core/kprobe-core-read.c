// A kprobe written the libbpf way: BPF_KPROBE reads its argument from
// struct pt_regs through a CO-RE load of the context, BPF_CORE_READ and
// BPF_CORE_READ_BITFIELD_PROBED turn into bpf_probe_read_kernel calls whose
// offsets, sizes and shifts are the running kernel's, and the type, enum
// and existence relocations become constants. Every value is the one
// libbpf patches in (compare `bpftool -d prog load`), and the program is
// accepted like the kernel accepts it.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -D__TARGET_ARCH_x86 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -D__TARGET_ARCH_x86 -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/kfree_skb_reason")
int BPF_KPROBE(on_free, struct sk_buff *skb) {
  struct task_struct *task = (void *)bpf_get_current_task();
  int tgid = BPF_CORE_READ(task, real_parent, tgid);
  unsigned long type = BPF_CORE_READ_BITFIELD_PROBED(skb, pkt_type);
  int cb = BPF_CORE_READ(skb, cb[3]);
  long facts = bpf_core_type_size(struct task_struct) +
               bpf_core_field_exists(task->pid) +
               bpf_core_enum_value(enum bpf_map_type, BPF_MAP_TYPE_ARRAY);
  bpf_printk("%d %lu %ld", tgid + cb, type, facts);
  return 0;
}

// VERDICT:      1 programs
// VERDICT-NEXT: on_free: accept

// KERNEL: on_free: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
