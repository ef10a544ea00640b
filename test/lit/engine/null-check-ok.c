// The accepted twin of null-deref.c: the lookup's result is NULL-checked
// before the access, so the kernel sees a map_value on the fall-through path.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -Rpass=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, int);
  __type(value, long);
} counts SEC(".maps");

// CHECK: null-check-ok.c:[[@LINE+1]]:1: remark: program 'count_checked' passes
SEC("xdp") int count_checked(struct xdp_md *ctx) {
  int key = 0;
  long *value = bpf_map_lookup_elem(&counts, &key);
  if (!value)
    return XDP_PASS;
  *value += 1;
  return XDP_PASS;
}

// CHECK-NOT: error:

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: count_checked: accept

// KERNEL: count_checked: ours=accept kernel=accept message=n/a
char LICENSE[] SEC("license") = "GPL";
