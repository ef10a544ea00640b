// Helpers that may move packet data invalidate every packet pointer; a
// pointer read before bpf_skb_pull_data() is a plain number afterwards.
// Program types that only read packets cannot write them, and a helper
// without packet access cannot take a packet pointer.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int stale_after_pull(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  if (data + 14 > end)
    return 0;
  bpf_skb_pull_data(skb, 64);
  return *(unsigned char *)data;
  // CHECK: packet-invalidated.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'stale_after_pull': R{{[0-9]}} invalid mem access 'scalar'
}

SEC("tc") int reload_after_pull(struct __sk_buff *skb) {
  bpf_skb_pull_data(skb, 64);
  void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  if (data + 14 > end)
    return 0;
  return *(unsigned char *)data;
}

SEC("cgroup_skb/ingress") int write_read_only(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  if (data + 14 > end)
    return 1;
  *(unsigned char *)data = 1;
  // CHECK: packet-invalidated.c:[[@LINE-1]]:26: warning: BPF verifier would reject program 'write_read_only': cannot write into packet
  return 1;
}

SEC("tc") int helper_without_packet_access(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
  if (data + 8 > end)
    return 0;
  return bpf_skb_store_bytes(skb, 0, data, 4, 0);
  // CHECK: packet-invalidated.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'helper_without_packet_access': helper access to the packet is not allowed
}

// Every program's verdict, with or without the kernel:
// VERDICT:      4 programs
// VERDICT-NEXT: helper_without_packet_access: reject
// VERDICT-NEXT: reload_after_pull: accept
// VERDICT-NEXT: stale_after_pull: reject
// VERDICT-NEXT: write_read_only: reject

// KERNEL-DAG: stale_after_pull: ours=reject kernel=reject message=match
// KERNEL-DAG: reload_after_pull: ours=accept kernel=accept
// KERNEL-DAG: write_read_only: ours=reject kernel=reject message=match
// KERNEL-DAG: helper_without_packet_access: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
