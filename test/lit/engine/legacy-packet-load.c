// Classic-BPF packet loads (BPF_LD_ABS/IND, clang's llvm.bpf.load.*) are
// allowed in socket filters and tc, read through the context in R6, and
// leave an unknown number in R0; elsewhere the kernel refuses them.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb,
                             unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb,
                             unsigned long long off) asm("llvm.bpf.load.half");

SEC("socket") int tcp_only(struct __sk_buff *skb) {
  if (load_half(skb, 12) != ETH_P_IP)
    return 0;
  return load_byte(skb, ETH_HLEN + 9) == 6 ? -1 : 0;
}

SEC("tc") int port_after_options(struct __sk_buff *skb) {
  unsigned long long ihl = load_byte(skb, ETH_HLEN) & 0xf;
  return load_half(skb, ETH_HLEN + ihl * 4) == 80;
}

SEC("xdp") int not_in_xdp(struct xdp_md *ctx) {
  return load_byte(ctx, 0) == 6;
  // CHECK: legacy-packet-load.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'not_in_xdp': BPF_LD_[ABS|IND] instructions not allowed for this program type
}

// Every program's verdict, with or without the kernel:
// VERDICT:      3 programs
// VERDICT-NEXT: not_in_xdp: reject
// VERDICT-NEXT: port_after_options: accept
// VERDICT-NEXT: tcp_only: accept

// KERNEL-DAG: tcp_only: ours=accept kernel=accept
// KERNEL-DAG: port_after_options: ours=accept kernel=accept
// KERNEL-DAG: not_in_xdp: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
