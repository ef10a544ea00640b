// Loops are simulated like the kernel does: a 1000-iteration loop is
// accepted with its processed-instruction count, and a loop that needs more
// than the budget stops with `unknown` (the kernel's own limit is 1000000
// processed instructions) instead of hanging or guessing.
// RUN: %clang_bpf -c %s -o %t.o -Rpass=verifiable -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %python -c "import json; p={x['name']: x for x in json.load(open('%t.json'))['programs']}; print(p['thousand']['verdict'], p['thousand']['processed_insns'] > 5000, p['forever_hashing']['verdict'], p['forever_hashing']['processed_insns'])" | FileCheck %s --check-prefix=JSON
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_read") int thousand(void *ctx) {
  __u32 h = bpf_get_prandom_u32();
#pragma clang loop unroll(disable)
  for (int i = 0; i < 1000; i++)
    h = (h ^ i) * 16777619u;
  return h & 1;
}
// CHECK-DAG: remark: program 'thousand' passes: {{[0-9]+}} of 1000000 instructions processed

SEC("tracepoint/syscalls/sys_enter_read") int forever_hashing(void *ctx) {
  __u32 h = bpf_get_prandom_u32();
#pragma clang loop unroll(disable)
  for (int i = 0; i < 300000; i++)
    h = (h ^ i) * 16777619u;
  return h & 1;
}
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'forever_hashing': stopped after 1000000 processed instructions

// JSON: accept True unknown 1000001

// Every program's verdict, with or without the kernel:
// VERDICT:      2 programs
// VERDICT-NEXT: forever_hashing: unknown
// VERDICT-NEXT: thousand: accept

char LICENSE[] SEC("license") = "GPL";
