// `const volatile` globals are the configuration a loader writes into
// .rodata before loading (skeletons do); the kernel checks the value it is
// loaded with, which the compiler cannot know. The engine treats it as any
// value: used as an index without a bounds check, that is a rejection,
// although the kernel accepts the object loaded with its initial value.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json -mllvm -verifiable-severity=warning 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[8]);
} slots SEC(".maps");

const volatile unsigned knob = 4;

SEC("xdp") int volatile_knob(struct xdp_md *ctx) {
  __u32 zero = 0;
  __u64 *v = bpf_map_lookup_elem(&slots, &zero);
  if (!v)
    return XDP_PASS;
  return v[knob] & 1 ? XDP_PASS : XDP_DROP;
  // CHECK: rodata-volatile.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'volatile_knob': R{{[0-9]}} unbounded memory access, make sure to bounds check any such access
}

// Every program's verdict, with or without the kernel:
// VERDICT:      1 programs
// VERDICT-NEXT: volatile_knob: reject

char LICENSE[] SEC("license") = "GPL";
