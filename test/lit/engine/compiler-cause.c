// Rejections the compiler made: the source checks the value it indexes
// with, but clang checks one register and indexes with another holding the
// same value. A CO-RE field read twice is loaded twice (check on the first
// load, index with the second); a signed char is sign-extended once in 32
// bits for the check and once in 64 bits for the index. The kernel rejects
// both; the plugin says the compiler made the rejection, names the check's
// and the use's lines and gives the workaround, which the *_workaround
// programs show the kernel accepts.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %causes %t.json | FileCheck %s --check-prefix=CAUSE
// With the transforms off (check-only mode) the diagnostics still classify:
// RUN: not %clang_bpf -c %s -o %t.off.o -mllvm -verifiable-transforms=false -mllvm -verifiable-report=%t.off.json 2>/dev/null
// RUN: %causes %t.off.json | FileCheck %s --check-prefix=CAUSE
// RUN: not %clang_bpf -mcpu=v2 -c %s -o %t.v2.o -mllvm -verifiable-report=%t.v2.json 2>/dev/null
// RUN: %causes %t.v2.json | FileCheck %s --check-prefix=CAUSE-V2
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#pragma clang attribute push(__attribute__((preserve_access_index)),          \
                             apply_to = record)
#include <linux/bpf.h>
#pragma clang attribute pop
#include <bpf/bpf_helpers.h>

struct val {
  __u64 arr[64];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct val);
} vals SEC(".maps");

SEC("tc") int reloaded_mark(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  if (skb->len > 100 && skb->mark < 16)
    v->arr[skb->mark] += skb->len;
  // CHECK: compiler-cause.c:[[@LINE-1]]:{{[0-9]+}}: error: BPF verifier would reject program 'reloaded_mark': R0 unbounded memory access, make sure to bounds check any such access
  // CHECK: compiler-cause.c:[[@LINE-3]]:{{[0-9]+}}: note: the compiler made this rejection: the source checks the bound here, the code checks it on w1, but the access uses r1, the same field loaded again from (r6 +8) at line [[@LINE-2]], after the check; the kernel cannot tell the two registers hold the same value
  // CHECK: compiler-cause.c:[[@LINE-3]]:{{[0-9]+}}: note: r1 is made again here, unchecked (the check on w1 is at line [[@LINE-4]]); workaround: read the field once into a local variable, then check and use that variable
  return 0;
}

SEC("tc") int reloaded_mark_workaround(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  __u32 len = skb->len, mark = skb->mark;
  if (len > 100 && mark < 16)
    v->arr[mark] += len;
  return 0;
}

SEC("tc") int signed_char_index(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  signed char c = skb->mark;
  if (c >= 0 && c < 64)
    v->arr[c]++;
  // CHECK: compiler-cause.c:[[@LINE-1]]:{{[0-9]+}}: error: BPF verifier would reject program 'signed_char_index': R0 min value is negative, either use unsigned index or do a if (index >=0) check.
  // CHECK: compiler-cause.c:[[@LINE-3]]:{{[0-9]+}}: note: the compiler made this rejection: the source checks the bound here, the code checks it on w2, but the access uses r1, the same value extended again at line [[@LINE-2]]; the kernel cannot tell the two registers hold the same value
  // CHECK: compiler-cause.c:[[@LINE-3]]:{{[0-9]+}}: note: r1 is made again here, unchecked (the check on w2 is at line [[@LINE-4]]); workaround: put barrier_var(x) on the variable before the check, or copy it to a 64-bit local (long) and check and use that local
  return 0;
}

SEC("tc") int signed_char_workaround_barrier(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  signed char c = skb->mark;
  barrier_var(c);
  if (c >= 0 && c < 64)
    v->arr[c]++;
  return 0;
}

SEC("tc") int signed_char_workaround_long(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  long c = (signed char)skb->mark;
  if (c >= 0 && c < 64)
    v->arr[c]++;
  return 0;
}

// A short, extended in 64 bits for the check at -mcpu=v2 (r2 <<= 48;
// r2 s>>= 48) and at v3 in 32 bits, and once more for the index.
SEC("tc") int short_index(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &zero);
  if (!v)
    return 0;
  short s = skb->mark;
  if (s >= 0 && s < 64)
    v->arr[s]++;
  // CHECK: compiler-cause.c:[[@LINE-1]]:{{[0-9]+}}: error: BPF verifier would reject program 'short_index': R0 min value is negative
  // CHECK: compiler-cause.c:[[@LINE-3]]:{{[0-9]+}}: note: the compiler made this rejection: the source checks the bound here, the code checks it on w2, but the access uses r1, the same value extended again at line [[@LINE-2]]
  return 0;
}

// CAUSE:      reloaded_mark: reject cause=compiler pattern=reload check=39:w1 use=40:r1
// CAUSE-NEXT: reloaded_mark_workaround: accept
// CAUSE-NEXT: short_index: reject cause=compiler pattern=extension-copy check=103:w2 use=104:r1
// CAUSE-NEXT: signed_char_index: reject cause=compiler pattern=extension-copy check=64:w2 use=65:r1
// CAUSE-NEXT: signed_char_workaround_barrier: accept
// CAUSE-NEXT: signed_char_workaround_long: accept

// CAUSE-V2:      reloaded_mark: reject cause=compiler pattern=reload
// CAUSE-V2-NEXT: reloaded_mark_workaround: accept
// CAUSE-V2-NEXT: short_index: reject cause=compiler pattern=extension-copy check=103:r2 use=104:r1
// CAUSE-V2-NEXT: signed_char_index: reject cause=compiler pattern=extension-copy check=64:r2 use=65:r1
// CAUSE-V2-NEXT: signed_char_workaround_barrier: accept
// CAUSE-V2-NEXT: signed_char_workaround_long: accept

// KERNEL-DAG: reloaded_mark: ours=reject kernel=reject message=match
// KERNEL-DAG: reloaded_mark_workaround: ours=accept kernel=accept
// KERNEL-DAG: short_index: ours=reject kernel=reject message=match
// KERNEL-DAG: signed_char_index: ours=reject kernel=reject message=match
// KERNEL-DAG: signed_char_workaround_barrier: ours=accept kernel=accept
// KERNEL-DAG: signed_char_workaround_long: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
