// Tail calls need a program array; atomics work on the stack and on map
// values but must be aligned and may not write read-only maps; a loop whose
// state comes back unchanged never ends.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u32);
} jumps SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} counters SEC(".maps");

SEC("xdp") int tail_call_ok(struct xdp_md *ctx) {
  bpf_tail_call(ctx, &jumps, ctx->rx_queue_index & 3);
  return XDP_PASS;
}

SEC("xdp") int tail_call_hash(struct xdp_md *ctx) {
  bpf_tail_call(ctx, &counters, 0);
  // CHECK-DAG: warning: BPF verifier would reject program 'tail_call_hash': expected prog array map for tail call
  return XDP_PASS;
}

SEC("xdp") int atomic_count(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *c = bpf_map_lookup_elem(&counters, &key);
  if (!c)
    return XDP_PASS;
  __sync_fetch_and_add(c, 1);
  return __sync_fetch_and_or(c, 2) & 1 ? XDP_PASS : XDP_DROP;
}

struct packed_value {
  __u32 tag;
  __u64 count;
} __attribute__((packed));

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct packed_value);
} tagged SEC(".maps");

SEC("xdp") int atomic_misaligned(struct xdp_md *ctx) {
  __u32 key = 0;
  struct packed_value *v = bpf_map_lookup_elem(&tagged, &key);
  if (!v)
    return XDP_PASS;
  __sync_fetch_and_add((__u64 *)((char *)v + 4), 1);
  // CHECK-DAG: warning: BPF verifier would reject program 'atomic_misaligned': misaligned value access off 0+0+4 size 8
  return XDP_PASS;
}

SEC("tracepoint/syscalls/sys_enter_read") int spin_forever(void *ctx) {
  __u32 ready = bpf_get_prandom_u32() & 1;
  while (!ready)
    ;
  // CHECK-DAG: warning: BPF verifier would reject program 'spin_forever': infinite loop detected at insn 3
  return 0;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      5 programs
// VERDICT-NEXT: atomic_count: accept
// VERDICT-NEXT: atomic_misaligned: reject
// VERDICT-NEXT: spin_forever: reject
// VERDICT-NEXT: tail_call_hash: reject
// VERDICT-NEXT: tail_call_ok: accept

// KERNEL-DAG: tail_call_ok: ours=accept kernel=accept
// KERNEL-DAG: tail_call_hash: ours=reject kernel=reject message=match
// KERNEL-DAG: atomic_count: ours=accept kernel=accept
// KERNEL-DAG: atomic_misaligned: ours=reject kernel=reject message=match
// KERNEL-DAG: spin_forever: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
