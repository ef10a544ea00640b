// With -verifiable-transforms=false the plugin only reads: the object is
// byte-identical to the one plain clang emits.
// RUN: %clang_bpf_plain -c %s -o %t.plain.o
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.checked.o
// RUN: cmp %t.plain.o %t.checked.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long);
} hits SEC(".maps");

static __attribute__((noinline)) long bump(long *v, long by) { return *v += by; }

SEC("xdp") int count(struct xdp_md *ctx) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&hits, &k);
  if (!v)
    return XDP_ABORTED;
  bump(v, 1);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
