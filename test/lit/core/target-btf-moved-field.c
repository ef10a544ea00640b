// The same CO-RE read of skb->mark checked against three target kernels,
// each a hand-made BTF file: where the target's struct __sk_buff has mark
// at offset 12 the load is relocated to offset 12 (queue_mapping in the
// real context, which a tc program may read); where it has no mark at all
// libbpf poisons the load, and the kernel refuses the call of the invalid
// helper libbpf put in its place (in libbpf's words, which name the
// struct's id in the object's own BTF). The local struct carries
// preserve_access_index, as vmlinux.h types do.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %make_btf %t/moved.btf 'struct __sk_buff: len@0 pkt_type@4 queue_mapping@8 mark@12'
// RUN: %make_btf %t/gone.btf 'struct __sk_buff: len@0 pkt_type@4'
// RUN: %make_btf %t/flavor.btf 'struct __sk_buff___v2: len@0 mark@4'
// RUN: %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/moved.btf -mllvm -verifiable-log=%t/moved.log -mllvm -verifiable-report=%t/moved.json
// RUN: FileCheck %s --check-prefix=MOVED < %t/moved.log
// RUN: %verdicts %t/moved.json | FileCheck %s --check-prefix=MOVED-VERDICT
// RUN: not %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/gone.btf -mllvm -verifiable-report=%t/gone.json 2>&1 | FileCheck %s --check-prefix=GONE
// RUN: %verdicts %t/gone.json | FileCheck %s --check-prefix=GONE-VERDICT
// A target type is found by its essential name: `___v2` is a flavor.
// RUN: %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/flavor.btf -mllvm -verifiable-log=%t/flavor.log
// RUN: FileCheck %s --check-prefix=FLAVOR < %t/flavor.log
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

struct __sk_buff {
  __u32 len;
  __u32 pkt_type;
  __u32 mark;
} __attribute__((preserve_access_index));

SEC("tc") int classify_mark(struct __sk_buff *skb) {
  return skb->mark == 7 ? 2 : 0;
  // GONE: target-btf-moved-field.c:[[@LINE-1]]:15: error: BPF verifier would reject program 'classify_mark': failed to resolve CO-RE relocation <byte_off> [2] struct __sk_buff.mark (0:2 @ offset 8)
}

// MOVED: 0: (61) r1 = *(u32 *)(r1 +12)
// MOVED-VERDICT: classify_mark: accept

// GONE-VERDICT: classify_mark: reject

// FLAVOR: 0: (61) r1 = *(u32 *)(r1 +4)
char LICENSE[] SEC("license") = "GPL";
