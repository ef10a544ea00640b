// `const volatile` globals are knobs a loader may write into .rodata before
// loading (skeletons do); the kernel checks the value it is loaded with. By
// default the engine checks their initial values, as the kernel does when
// the loader sets nothing, and warns when another value would be rejected,
// naming the knob; -verifiable-rodata=any lets them hold any value.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --check-prefix=INITIAL
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: %clang_bpf -c %s -o %t.any.o -mllvm -verifiable-rodata=any -mllvm -verifiable-report=%t.any.json -mllvm -verifiable-severity=warning 2>&1 | FileCheck %s --check-prefix=ANY
// RUN: %verdicts %t.any.json | FileCheck %s --check-prefix=VERDICT-ANY
// The second, any-value analysis only warns; -verifiable-knob-budget bounds
// it (at least 4x the first analysis), and 0 turns it off.
// RUN: %clang_bpf -c %s -o %t.nk.o -mllvm -verifiable-knob-budget=0 2>&1 | FileCheck %s --check-prefix=NO-KNOB-RUN --allow-empty
// NO-KNOB-RUN-NOT: with other values of the knobs
// RUN: %clang_bpf -c %s -o %t.sk.o -mllvm -verifiable-knob-budget=1 2>&1 | FileCheck %s --check-prefix=INITIAL
// RUN: not %clang_bpf -c %s -o %t.bad.o -mllvm -verifiable-rodata=sometimes 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
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
  // INITIAL: warning: program 'volatile_knob' passes with the initial values of 'knob'; the BPF verifier would reject it if the loader set them otherwise: R{{[0-9]}} unbounded memory access, make sure to bounds check any such access
  // INITIAL: rodata-volatile.c:[[@LINE-2]]:10: note: with other values of the knobs the kernel rejects this
  // ANY: rodata-volatile.c:[[@LINE-3]]:10: warning: BPF verifier would reject program 'volatile_knob': R{{[0-9]}} unbounded memory access, make sure to bounds check any such access
}

// A knob that no value makes unsafe: no warning.
const volatile int verbose = 0;

SEC("xdp") int safe_knob(struct xdp_md *ctx) {
  return verbose ? XDP_PASS : XDP_DROP;
}

// INITIAL-NOT: safe_knob
// JSON: "knob_rejection": "R{{[0-9]}} unbounded memory access
// JSON: "knobs": [
// JSON-NEXT: "knob"
// BAD: Cannot find option named 'sometimes'

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: safe_knob: accept
// VERDICT-NEXT: volatile_knob: accept
// VERDICT-ANY:      2 programs
// VERDICT-ANY-NEXT: safe_knob: accept
// VERDICT-ANY-NEXT: volatile_knob: reject
// KERNEL-DAG: safe_knob: ours=accept kernel=accept
// KERNEL-DAG: volatile_knob: ours=accept kernel=accept

char LICENSE[] SEC("license") = "GPL";
