// A CO-RE read of a field the running kernel does not have (a flavor of
// struct __sk_buff with an invented field), resolved against the running
// kernel's BTF: libbpf poisons the load with a call of helper 195896080
// ("bad relo") and the kernel refuses it with `invalid func
// unknown#195896080`, a line libbpf (1.1 and later) rewrites into "failed
// to resolve CO-RE relocation <byte_off> [<local type id>] ...". The id is
// the type's in the object's own BTF, which the plugin reads once BTFDebug
// has written it, so both messages are the same; the kernel's own line is
// a note. The kernel judges the object the plugin compiled (rejections as
// warnings), whose BTF the message numbers.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=/sys/kernel/btf/vmlinux -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t/k.o -mllvm -verifiable-target-btf=/sys/kernel/btf/vmlinux 2>/dev/null && %bpf-kernel-check %t/k.o | FileCheck %s --check-prefix=KERNEL %}
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

struct __sk_buff___old {
  __u32 len;
  __u32 old_mark;
} __attribute__((preserve_access_index));

SEC("tc") int read_old_mark(struct __sk_buff___old *skb) {
  return skb->old_mark == 7 ? 2 : 0;
  // CHECK: poisoned-relocation-kernel.c:[[@LINE-1]]:15: error: BPF verifier would reject program 'read_old_mark': failed to resolve CO-RE relocation <byte_off> [2] struct __sk_buff___old.old_mark (0:1 @ offset 4)
  // CHECK: poisoned-relocation-kernel.c:[[@LINE-2]]:15: note: {{.*}}the kernel's own message is 'invalid func unknown#195896080'
}

// A poisoned load behind bpf_core_field_exists() is dead code: libbpf
// patches the existence check to 0, and the kernel never reaches the call.
SEC("tc") int read_old_mark_if_exists(struct __sk_buff___old *skb) {
  if (__builtin_preserve_field_info(skb->old_mark, 2 /* FIELD_EXISTENCE */))
    return skb->old_mark;
  return 0;
}

// VERDICT:      2 programs
// VERDICT-NEXT: read_old_mark: reject
// VERDICT-NEXT: read_old_mark_if_exists: accept

// KERNEL-DAG: "name": "read_old_mark_if_exists", {{.*}}"verdict": "accept"
// KERNEL-DAG: "name": "read_old_mark", {{.*}}"verdict": "reject", {{.*}}"message": "failed to resolve CO-RE relocation <byte_off> [2] struct __sk_buff___old.old_mark (0:1 @ offset 4)"{{.*}}"0: <invalid CO-RE relocation>"
char LICENSE[] SEC("license") = "GPL";
