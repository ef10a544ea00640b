// A helper's memory argument takes the kinds of the kernel's mem_types only:
// the packet's end, a socket, a flow-keys pointer are not memory, whatever
// size is asked for, and the type check comes first.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
char LICENSE[] SEC("license") = "GPL";

SEC("tc") int tc_pkt_end_as_memory(struct __sk_buff *skb) {
  void *end = (void *)(long)skb->data_end;
  return bpf_csum_diff(end, 4, 0, 0, 0);
}
SEC("tc") int tc_socket_as_memory(struct __sk_buff *skb) {
  struct bpf_sock *sk = skb->sk;
  if (!sk)
    return 0;
  return bpf_csum_diff((void *)sk, 4, 0, 0, 0);
}
SEC("tc") int tc_packet_as_memory(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  if (data + 4 > end)
    return 0;
  return bpf_csum_diff(data, 4, 0, 0, 0);
}
// CHECK-DAG: error: BPF verifier would reject program 'tc_pkt_end_as_memory': R1 type=pkt_end expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
// CHECK-DAG: error: BPF verifier would reject program 'tc_socket_as_memory': R1 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
// VERDICT:      3 programs
// VERDICT-NEXT: tc_packet_as_memory: accept
// VERDICT-NEXT: tc_pkt_end_as_memory: reject
// VERDICT-NEXT: tc_socket_as_memory: reject
// KERNEL-DAG: tc_pkt_end_as_memory: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_socket_as_memory: ours=reject kernel=reject message=match
// KERNEL-DAG: tc_packet_as_memory: ours=accept kernel=accept message=n/a
