// With -verifiable-transforms=false the plugin only reads: the object is
// byte-identical to the one plain clang emits, although this file has
// everything the transforms would change (an unused and a constant
// argument, a zapped return value, a callback, a global function taking the
// context as void *). With the transforms on it differs.
// RUN: %clang_bpf_plain -c %s -o %t.plain.o
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -mllvm -verifiable-transforms=false -c %s -o %t.checked.o
// RUN: cmp %t.plain.o %t.checked.o
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t.transformed.o
// RUN: not cmp -s %t.plain.o %t.transformed.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long);
} hits SEC(".maps");

static __attribute__((noinline)) long bump(long *v, long by, int unused) {
  return *v += by;
}

static __attribute__((noinline)) int zero(long *v) {
  bpf_printk("%ld", *v);
  return 0;
}

static long add(__u64 index, long *v) {
  *v += index;
  return 0;
}

__attribute__((noinline)) int verdict(void *ctx) { return XDP_PASS; }

SEC("xdp") int count(struct xdp_md *ctx) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&hits, &k);
  if (!v)
    return XDP_ABORTED;
  bump(v, 1, 3);
  bpf_loop(2, add, v, 0);
  return zero(v) + verdict(ctx);
}

char LICENSE[] SEC("license") = "GPL";
