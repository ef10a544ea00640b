// Rejections the source made must not be called compiler-made, even when
// they look like the compiler's patterns: a check on a truncated copy of
// the index, a check on the 32-bit half of a 64-bit index, a read before
// the check, a check too wide for the value, a field loaded twice with a
// store in between, a field the source reads twice with volatile loads,
// and a signed remainder. Each is rejected with no
// cause in the report and no "compiler made" note.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %causes %t.json | FileCheck %s --check-prefix=CAUSE
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#pragma clang attribute push(__attribute__((preserve_access_index)),          \
                             apply_to = record)
#include <linux/bpf.h>
#pragma clang attribute pop
#include <bpf/bpf_helpers.h>

// CHECK-NOT: compiler made

struct val {
  __u64 arr[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct val);
} vals SEC(".maps");

SEC("tc") int truncated_copy(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  __u32 i = skb->mark;
  __u8 small = i;
  if (small < 16)
    v->arr[i]++;
  return 0;
}

SEC("tc") int check_low_half(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  __u64 slot = ((__u64)skb->hash << 32) | skb->queue_mapping;
  if ((__u32)slot < 16)
    v->arr[slot]++;
  return 0;
}

SEC("tc") int read_before_check(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  __u32 i = skb->mark;
  __u64 old = v->arr[i];
  bpf_printk("old %llu", old);
  if (i >= 16)
    return 0;
  v->arr[i] = old + 1;
  return 0;
}

SEC("tc") int reload_too_wide(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  if (skb->len > 100 && skb->mark < 32)
    v->arr[skb->mark] += skb->len;
  return 0;
}

SEC("tc") int reload_after_store(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  if (v->arr[0] < 16) {
    v->arr[skb->len & 15] = skb->mark;
    v->arr[v->arr[0]]++;
  }
  return 0;
}

SEC("tc") int read_once_twice(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  if (*(volatile __u64 *)&v->arr[0] < 16)
    v->arr[*(volatile __u64 *)&v->arr[0]]++;
  return 0;
}

SEC("tc") int signed_modulo(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  int key = skb->mark;
  v->arr[key % 16]++;
  return 0;
}

// CAUSE:      check_low_half: reject cause=none
// CAUSE-NEXT: read_before_check: reject cause=none
// CAUSE-NEXT: read_once_twice: reject cause=none
// CAUSE-NEXT: reload_after_store: reject cause=none
// CAUSE-NEXT: reload_too_wide: reject cause=none
// CAUSE-NEXT: signed_modulo: reject cause=none
// CAUSE-NEXT: truncated_copy: reject cause=none

// KERNEL-DAG: check_low_half: ours=reject kernel=reject message=match
// KERNEL-DAG: read_before_check: ours=reject kernel=reject message=match
// KERNEL-DAG: read_once_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: reload_after_store: ours=reject kernel=reject message=match
// KERNEL-DAG: reload_too_wide: ours=reject kernel=reject message=match
// KERNEL-DAG: signed_modulo: ours=reject kernel=reject message=match
// KERNEL-DAG: truncated_copy: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
