// A tc classifier written the libbpf way: vmlinux.h (generated here from the
// running kernel's BTF, never committed) and a CO-RE read of skb->mark. The
// load becomes `r1 = *(u32 *)(r1 +8)` against the running kernel's
// struct __sk_buff, reaches the __sk_buff context rules and is accepted,
// like the kernel accepts it. The report names the BTF the verdict used.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json -mllvm -verifiable-log=%t/log
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: FileCheck %s --check-prefix=LOG < %t/log
// RUN: FileCheck %s --check-prefix=REPORT < %t/r.json
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("tc") int classify_mark(struct __sk_buff *skb) {
  return skb->mark == 7 ? 2 : 0;
}

// VERDICT:      1 programs
// VERDICT-NEXT: classify_mark: accept

// LOG: 0: (61) r1 = *(u32 *)(r1 +8)

// REPORT:      "target_btf": {
// REPORT-NEXT:   "hash": "{{[0-9a-f]+}}",
// REPORT-NEXT:   "path": "/sys/kernel/btf/vmlinux",
// REPORT-NEXT:   "status": "loaded"

// KERNEL: classify_mark: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
