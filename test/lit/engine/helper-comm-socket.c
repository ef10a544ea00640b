// bpf_get_current_comm from a socket filter. The host kernel (6.18) offers it
// to every program type through bpf_base_func_proto(); Linux 6.12 did not.
// The model's host profile (6.18) carries this as a named feature.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// CHECK: helper-comm-socket.c:[[@LINE+1]]:1: remark: program 'sock_comm' passes
SEC("socket") int sock_comm(struct __sk_buff *skb) {
  char c[16];
  bpf_get_current_comm(c, sizeof(c));
  return c[0];
}

// CHECK-NOT: error:

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: sock_comm: accept

// KERNEL: sock_comm: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
