// Helpers the program type's get_func_proto() does not offer: the kernel's
// "program of this type cannot use helper NAME#ID". bpf_skb_load_bytes is
// offered to socket filters and is accepted.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket") int sock_store(struct __sk_buff *skb) {
  char b = 0;
  bpf_skb_store_bytes(skb, 0, &b, 1, 0);
  // CHECK: helper-prog-type.c:[[@LINE-1]]:3: error: BPF verifier would reject program 'sock_store': program of this type cannot use helper bpf_skb_store_bytes#9
  return 0;
}

// CHECK: helper-prog-type.c:[[@LINE+1]]:1: remark: program 'sock_load' passes
SEC("socket") int sock_load(struct __sk_buff *skb) {
  char b = 0;
  bpf_skb_load_bytes(skb, 0, &b, 1);
  return b;
}

SEC("xdp") int xdp_pull(struct xdp_md *ctx) {
  return bpf_skb_pull_data((void *)ctx, 0);
  // CHECK: helper-prog-type.c:[[@LINE-1]]:10: error: BPF verifier would reject program 'xdp_pull': program of this type cannot use helper bpf_skb_pull_data#39
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: sock_load: accept
// VERDICT-NEXT: sock_store: reject
// VERDICT-NEXT: xdp_pull: reject

// KERNEL-DAG: sock_store: ours=reject kernel=reject message=match
// KERNEL-DAG: sock_load: ours=accept kernel=accept message=n/a
// KERNEL-DAG: xdp_pull: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
