// A callback's C parameters are checked against what the helper passes: the
// map's key and value sizes, the type of the context pointer, and the
// number of registers the kernel initializes. Each mismatch is a warning at
// the callback with a note at the call; matching callbacks get none.
// RUN: %clang_bpf -mllvm -verifiable-severity=remark -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %clang_bpf -mllvm -verifiable-severity=remark -mllvm -verifiable-transforms=false -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct flow {
  __u64 packets;
  __u64 bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, struct flow);
} flows SEC(".maps");

struct total {
  __u64 sum;
};
struct other {
  __u32 x;
};

static long wide_key(struct bpf_map *map, __u64 *key, struct flow *f,
                     struct total *t) {
  t->sum += f->bytes;
  return 0;
}
static long small_value(struct bpf_map *map, __u32 *key, __u32 *v,
                        struct total *t) {
  t->sum += *v;
  return 0;
}
static long good(struct bpf_map *map, const void *key, struct flow *f,
                 struct total *t) {
  t->sum += f->packets;
  return 0;
}
static long wrong_ctx(__u64 index, struct other *o) {
  o->x += index;
  return 0;
}
static long any_ctx(__u64 index, void *data) { return 0; }
static long too_many(__u64 index, void *data, int extra) { return extra; }

SEC("xdp") int prog(struct xdp_md *ctx) {
  struct total t = {};
  bpf_for_each_map_elem(&flows, wide_key, &t, 0);
  bpf_for_each_map_elem(&flows, small_value, &t, 0);
  bpf_for_each_map_elem(&flows, good, &t, 0);
  bpf_loop(4, wrong_ctx, &t, 0);
  bpf_loop(4, any_ctx, &t, 0);
  bpf_loop(4, too_many, 0, 0);
  return t.sum ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: callbacks-check.c:32:1: warning: callback 'wide_key' of bpf_for_each_map_elem takes its key as '__u64 *' (8 bytes), but map 'flows' has 4-byte keys
// CHECK: callbacks-check.c:55:3: note: 'wide_key' is passed to bpf_for_each_map_elem for map 'flows' here
// CHECK: callbacks-check.c:37:1: warning: callback 'small_value' of bpf_for_each_map_elem takes its value as '__u32 *' (4 bytes), but map 'flows' has 16-byte values
// CHECK: callbacks-check.c:56:3: note: 'small_value' is passed to bpf_for_each_map_elem for map 'flows' here
// CHECK: callbacks-check.c:46:1: warning: callback 'wrong_ctx' of bpf_loop takes its context as 'struct other *', but the call passes a pointer to 'struct total'
// CHECK: callbacks-check.c:58:3: note: 'wrong_ctx' is passed to bpf_loop here
// CHECK: callbacks-check.c:51:1: warning: callback 'too_many' of bpf_loop has 3 parameters, but the kernel sets only 2 (R1-R2); reading the others is rejected
// CHECK: callbacks-check.c:60:3: note: 'too_many' is passed to bpf_loop here

// OFF-NOT: warning: callback
