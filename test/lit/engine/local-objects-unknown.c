// What the engine does not model yet about objects from bpf_obj_new()
// stays unknown, with the reason, rather than a guess (the running 6.18
// kernel accepts nested_lock, plain_load, helper_arg and after_unlock and
// rejects
// const_id, whose constant is no type of the object's BTF).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct node_data { long key; long data; struct bpf_rb_node r; struct bpf_list_node l; struct bpf_refcount ref; };
struct inner { int x; struct bpf_spin_lock l; };
struct nested { long a; struct inner in; };
struct map_value { struct node_data __kptr *node; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct map_value);
} stashed SEC(".maps");

SEC("tc") int nested_lock(struct __sk_buff *ctx) {
  struct nested *n = bpf_obj_new(struct nested);
  if (!n) return 0;
  n->a = 1;
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int const_id(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new_impl(3, NULL);
  if (!n) return 0;
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int plain_load(struct __sk_buff *ctx) {
  int k = 0;
  struct map_value *v = bpf_map_lookup_elem(&stashed, &k);
  if (!v) return 0;
  struct node_data *n = v->node;
  if (!n) return 0;
  return n->key;
}
SEC("tc") int helper_arg(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  long x = 0;
  if (!n) return 0;
  bpf_probe_read_kernel(&x, 8, n);
  bpf_obj_drop(n);
  return x;
}


struct rec { long a; long b; };
struct slot { struct rec __kptr *r; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct slot);
} sm SEC(".maps");

SEC("tc") int after_unlock(struct __sk_buff *ctx) {
  int k = 0;
  struct slot *s = bpf_map_lookup_elem(&sm, &k);
  struct rec *r;
  if (!s) return 0;
  bpf_rcu_read_lock();
  r = s->r;
  bpf_rcu_read_unlock();
  if (!r) return 0;
  return r->a;
}

// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'nested_lock': special fields nested in member 'in' of program-allocated struct nested are not modelled
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'const_id': the type id passed to bpf_obj_new_impl is not one a bpf_core_type_id_local() relocation loads
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'plain_load': a plain load of a kptr to a graph node (a non-owning reference) is not modelled yet
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'after_unlock': access through an unreferenced program-allocated object is not modelled
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'helper_arg': a program-allocated object passed to bpf_probe_read_kernel is not modelled yet

// VERDICT:      5 programs
// VERDICT-NEXT: after_unlock: unknown
// VERDICT-NEXT: const_id: unknown
// VERDICT-NEXT: helper_arg: unknown
// VERDICT-NEXT: nested_lock: unknown
// VERDICT-NEXT: plain_load: unknown
