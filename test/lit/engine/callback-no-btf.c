// Built without debug info, an object has no BTF, so the kernel has no
// function info for its subprograms. Static and global subprograms are
// still verified (as static ones), but a callback's address, loaded for
// bpf_loop(), is refused where it is loaded.
// RUN: %clang_bpf -g0 -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %if kernel-bpf %{ %clang_bpf_plain -g0 -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int step(__u32 index, void *ctx) { return 0; }

SEC("tc") int loop_without_btf(struct __sk_buff *skb) {
  bpf_loop(4, step, 0, 0);
  return 0;
}
// CHECK: warning: BPF verifier would reject program 'loop_without_btf': missing btf func_info

static __attribute__((noinline)) int low_bit(struct __sk_buff *skb) {
  return skb->len & 1;
}

SEC("tc") int subprog_without_btf(struct __sk_buff *skb) {
  return low_bit(skb);
}

// KERNEL-DAG: loop_without_btf: ours=reject kernel=reject message=match
// KERNEL-DAG: subprog_without_btf: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
