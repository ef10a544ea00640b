// A map pointer reads the fields of the kernel struct behind the map
// (struct bpf_array for an array, struct bpf_htab for a hash, ...) through
// the target BTF, as check_ptr_to_map_access() does; writes, negative
// offsets and reads past the struct are refused.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} arr SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u64);
} hash SEC(".maps");

SEC("cgroup_skb/egress") int array_max_entries(struct __sk_buff *skb) {
  struct bpf_array *a = (void *)&arr;
  return a->map.max_entries == 4;
}
SEC("cgroup_skb/egress") int hash_elem_size(struct __sk_buff *skb) {
  struct bpf_htab *h = (void *)&hash;
  return h->elem_size > 0;
}
SEC("cgroup_skb/egress") int array_write(struct __sk_buff *skb) {
  struct bpf_array *a = (void *)&arr;
  a->map.max_entries = 1;
  return 1;
}
SEC("cgroup_skb/egress") int array_negative(struct __sk_buff *skb) {
  volatile __u64 *p = (void *)&arr;
  return p[-1] != 0;
}
SEC("cgroup_skb/egress") int array_past_end(struct __sk_buff *skb) {
  struct bpf_array *a = (void *)&arr;
  return *(volatile __u32 *)((char *)a + sizeof(struct bpf_array) + 64) != 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'array_write': only read from bpf_array is supported
// CHECK-DAG: error: BPF verifier would reject program 'array_negative': R1 is bpf_array invalid negative access: off=-8
// CHECK-DAG: error: BPF verifier would reject program 'array_past_end': access beyond struct bpf_array at off {{[0-9]+}} size 4

// VERDICT:      5 programs
// VERDICT-NEXT: array_max_entries: accept
// VERDICT-NEXT: array_negative: reject
// VERDICT-NEXT: array_past_end: reject
// VERDICT-NEXT: array_write: reject
// VERDICT-NEXT: hash_elem_size: accept

// KERNEL-DAG: array_max_entries: ours=accept kernel=accept message=n/a
// KERNEL-DAG: hash_elem_size: ours=accept kernel=accept message=n/a
// KERNEL-DAG: array_write: ours=reject kernel=reject message=match
// KERNEL-DAG: array_negative: ours=reject kernel=reject message=match
// KERNEL-DAG: array_past_end: ours=reject kernel=reject message=match
