// libbpf verifies a global function with hidden visibility (`__hidden`,
// as in libbpf's usdt.bpf.h) as a static subprogram: in the context of each
// call, so a pointer the caller proved non-NULL stays non-NULL inside, and
// the function may return what the caller's context allows. With default
// visibility the same function is verified alone, from its prototype.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --implicit-check-not=hidden_call
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, long);
} counts SEC(".maps");

__attribute__((noinline, visibility("hidden"))) long
hidden_read(long *slot) { return *slot; }

__attribute__((noinline)) long visible_read(long *slot) { return *slot; }

SEC("tc") int hidden_call(struct __sk_buff *skb) {
  int key = 0;
  long *v = bpf_map_lookup_elem(&counts, &key);
  if (!v)
    return 0;
  return hidden_read(v) & 1;
}

SEC("tc") int visible_call(struct __sk_buff *skb) {
  int key = 1;
  long *v = bpf_map_lookup_elem(&counts, &key);
  if (!v)
    return 0;
  return visible_read(v) & 1;
}
// CHECK: warning: BPF verifier would reject program 'visible_call': R1 invalid mem access 'mem_or_null'

// VERDICT:      2 programs
// VERDICT-NEXT: hidden_call: accept
// VERDICT-NEXT: visible_call: reject

// KERNEL-DAG: hidden_call: ours=accept kernel=accept
// KERNEL-DAG: visible_call: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
