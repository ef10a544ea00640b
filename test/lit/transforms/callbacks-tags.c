// Static callbacks are tagged in BTF with the helper that calls them and,
// for map callbacks, the map ("verifiable:callback:...", "verifiable:map:..."
// are names the kernel ignores). The map of a timer callback is the one the
// timer's map value was looked up in; a callback handed down through an
// inlined function is found after inlining. The kernel loads the tagged
// object.
// RUN: %clang_bpf -c %s -o %t.o
// RUN: %bpftool btf dump file %t.o | FileCheck %s
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.off.o
// RUN: %bpftool btf dump file %t.off.o | FileCheck %s --check-prefix=OFF
// RUN: %if kernel-bpf %{ %bpf-kernel-check %t.o | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} counters SEC(".maps");

struct slot {
  struct bpf_timer timer;
  __u64 fired;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct slot);
} timers SEC(".maps");

struct total {
  __u64 sum;
};

static long add(struct bpf_map *map, __u32 *key, __u64 *value,
                struct total *t) {
  t->sum += *value;
  return 0;
}

static long step(__u64 index, struct total *t) {
  t->sum += index;
  return 0;
}

static int fire(void *map, __u32 *key, struct slot *s) {
  s->fired++;
  return 0;
}

static long tick(__u64 index, void *data) { return 0; }

static __attribute__((always_inline)) void twice(long (*cb)(__u64, void *)) {
  bpf_loop(2, cb, 0, 0);
}

SEC("xdp") int walk(struct xdp_md *ctx) {
  struct total t = {};
  bpf_for_each_map_elem(&counters, add, &t, 0);
  bpf_loop(8, step, &t, 0);
  twice(tick);
  return t.sum ? XDP_PASS : XDP_DROP;
}

SEC("tc") int arm(struct __sk_buff *skb) {
  __u32 key = 0;
  struct slot *s = bpf_map_lookup_elem(&timers, &key);
  if (!s)
    return 0;
  bpf_timer_init(&s->timer, &timers, 1);
  bpf_timer_set_callback(&s->timer, fire);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK:      FUNC 'add' type_id={{[0-9]+}} linkage=static
// CHECK-NEXT: DECL_TAG 'verifiable:callback:bpf_for_each_map_elem' type_id=[[ADD:[0-9]+]] component_idx=-1
// CHECK-NEXT: DECL_TAG 'verifiable:map:counters' type_id=[[ADD]] component_idx=-1
// CHECK:      FUNC 'step' type_id={{[0-9]+}} linkage=static
// CHECK-NEXT: DECL_TAG 'verifiable:callback:bpf_loop' type_id={{[0-9]+}} component_idx=-1
// CHECK:      FUNC 'tick' type_id={{[0-9]+}} linkage=static
// CHECK-NEXT: DECL_TAG 'verifiable:callback:bpf_loop' type_id={{[0-9]+}} component_idx=-1
// CHECK:      FUNC 'fire' type_id={{[0-9]+}} linkage=static
// CHECK-NEXT: DECL_TAG 'verifiable:callback:bpf_timer_set_callback' type_id=[[FIRE:[0-9]+]] component_idx=-1
// CHECK-NEXT: DECL_TAG 'verifiable:map:timers' type_id=[[FIRE]] component_idx=-1

// OFF-NOT: verifiable:

// KERNEL-DAG: "name": "walk", {{.*}}"verdict": "accept"
// KERNEL-DAG: "name": "arm", {{.*}}"verdict": "accept"
