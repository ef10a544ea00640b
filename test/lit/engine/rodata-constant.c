// Loads from a frozen read-only map (.rodata) give the kernel the stored
// value, not an unknown number: a loop bounded by a constant from .rodata
// is fine (see rodata-volatile.c for `const volatile`).
// RUN: %clang_bpf -c %s -o %t.o -Rpass=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// CHECK: remark: program 'rodata_bound' passes
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const struct {
  unsigned limits[4];
  char pad;
} table = {.limits = {2, 3, 4, 5}};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[8]);
} slots SEC(".maps");

SEC("xdp") int rodata_bound(struct xdp_md *ctx) {
  unsigned *volatile p = (void *)&table.limits[2];
  __u32 zero = 0;
  __u64 *v = bpf_map_lookup_elem(&slots, &zero);
  if (!v)
    return XDP_PASS;
  return v[*p] & 1 ? XDP_PASS : XDP_DROP;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: rodata_bound: accept

// KERNEL: rodata_bound: ours=accept kernel=accept
char LICENSE[] SEC("license") = "GPL";
