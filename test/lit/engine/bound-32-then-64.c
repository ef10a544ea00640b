// The index is checked as a 32-bit value, `(unsigned int)i < 4`, but the
// full 64-bit register is added to the map value pointer: its upper half is
// unknown, and the kernel refuses the addition ("math between map_value
// pointer and register with unbounded min value is not allowed"). Checking
// the truncated copy and indexing with it is accepted.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val {
  long a[4];
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct val);
} vals SEC(".maps");

static long random64(void) {
  return bpf_get_prandom_u32() | ((long)bpf_get_prandom_u32() << 32);
}

SEC("xdp") int check32_use64(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  long i = random64();
  if ((unsigned int)i < 4)
    v->a[i] = 1;
  // CHECK: bound-32-then-64.c:[[@LINE-1]]:5: error: BPF verifier would reject program 'check32_use64': math between map_value pointer and register with unbounded min value is not allowed
  // CHECK: note: this value has no lower bound; bounds-check it before adding it to a pointer
  return XDP_PASS;
}

// CHECK: bound-32-then-64.c:[[@LINE+1]]:1: remark: program 'check32_use32' passes
SEC("xdp") int check32_use32(struct xdp_md *ctx) {
  int key = 0;
  struct val *v = bpf_map_lookup_elem(&vals, &key);
  if (!v)
    return XDP_PASS;
  long i = random64();
  unsigned int j = (unsigned int)i;
  if (j < 4)
    v->a[j] = 1;
  return XDP_PASS;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: check32_use32: accept
// VERDICT-NEXT: check32_use64: reject

// KERNEL: check32_use64: ours=reject kernel=reject message=match
// KERNEL: check32_use32: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
