// bpf_spin_lock() on the lock of an object from bpf_obj_new(): the
// kernel's active lock is then the program's BTF and the object's id (kept
// past the NULL check), so two objects are two locks, and an object's lock
// is not the one of a global's list head (`held lock and object are not in
// the same allocation`); the argument must be the object itself, non-NULL,
// at its lock's offset. Every verdict and message is compared with the
// running kernel.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern int bpf_list_push_front_impl(struct bpf_list_head *head,
                                    struct bpf_list_node *node, void *meta,
                                    __u64 off) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((visibility("hidden"), aligned(8)))

char LICENSE[] SEC("license") = "GPL";

struct locked { struct bpf_spin_lock lock; int data; struct bpf_list_node ln; };
struct plain { long a; long b; };

private(A) struct bpf_spin_lock glock;
private(A) struct bpf_list_head ghead __contains(locked, ln);

SEC("tc") int obj_lock_ok(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked);
  if (!f) return 0;
  bpf_spin_lock(&f->lock);
  f->data = 1;
  bpf_spin_unlock(&f->lock);
  bpf_obj_drop(f);
  return 0;
}
SEC("tc") int obj_unlock_other(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked), *g;
  if (!f) return 0;
  g = bpf_obj_new(struct locked);
  if (!g) { bpf_obj_drop(f); return 0; }
  bpf_spin_lock(&f->lock);
  bpf_spin_unlock(&g->lock);
  bpf_obj_drop(f);
  bpf_obj_drop(g);
  return 0;
}
SEC("tc") int obj_lock_global_unlock(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked);
  if (!f) return 0;
  bpf_spin_lock(&f->lock);
  bpf_spin_unlock(&glock);
  bpf_obj_drop(f);
  return 0;
}
SEC("tc") int obj_lock_push_global(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked), *g;
  if (!f) return 0;
  g = bpf_obj_new(struct locked);
  if (!g) { bpf_obj_drop(f); return 0; }
  bpf_spin_lock(&f->lock);
  bpf_list_push_front_impl(&ghead, &g->ln, NULL, 0);
  bpf_spin_unlock(&f->lock);
  bpf_obj_drop(f);
  return 0;
}
SEC("tc") int obj_no_lock(void *ctx) {
  struct plain *p = bpf_obj_new(struct plain);
  if (!p) return 0;
  bpf_spin_lock((void *)p);
  bpf_spin_unlock((void *)p);
  bpf_obj_drop(p);
  return 0;
}
SEC("tc") int obj_lock_unchecked(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked);
  bpf_spin_lock(&f->lock);
  bpf_spin_unlock(&f->lock);
  if (f) bpf_obj_drop(f);
  return 0;
}
SEC("tc") int obj_lock_drop_inside(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked);
  if (!f) return 0;
  bpf_spin_lock(&f->lock);
  bpf_obj_drop(f);
  return 0;
}
SEC("tc") int obj_lock_wrong_off(void *ctx) {
  struct locked *f = bpf_obj_new(struct locked);
  if (!f) return 0;
  bpf_spin_lock((void *)&f->data);
  bpf_spin_unlock((void *)&f->data);
  bpf_obj_drop(f);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'obj_unlock_other': bpf_spin_unlock of different lock
// CHECK-DAG: error: BPF verifier would reject program 'obj_lock_global_unlock': bpf_spin_unlock of different lock
// CHECK-DAG: error: BPF verifier would reject program 'obj_lock_push_global': held lock and object are not in the same allocation
// CHECK-DAG: error: BPF verifier would reject program 'obj_no_lock': local 'kptr' has no valid bpf_spin_lock
// CHECK-DAG: error: BPF verifier would reject program 'obj_lock_unchecked': R1 type=ptr_or_null_ expected=map_value, ptr_
// CHECK-DAG: error: BPF verifier would reject program 'obj_lock_drop_inside': function calls are not allowed while holding a lock
// CHECK-DAG: error: BPF verifier would reject program 'obj_lock_wrong_off': off 4 doesn't point to 'struct bpf_spin_lock' that is at 0

// VERDICT:      8 programs
// VERDICT-NEXT: obj_lock_drop_inside: reject
// VERDICT-NEXT: obj_lock_global_unlock: reject
// VERDICT-NEXT: obj_lock_ok: accept
// VERDICT-NEXT: obj_lock_push_global: reject
// VERDICT-NEXT: obj_lock_unchecked: reject
// VERDICT-NEXT: obj_lock_wrong_off: reject
// VERDICT-NEXT: obj_no_lock: reject
// VERDICT-NEXT: obj_unlock_other: reject

// KERNEL-DAG: obj_lock_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: obj_unlock_other: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_lock_global_unlock: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_lock_push_global: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_no_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_lock_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_lock_drop_inside: ours=reject kernel=reject message=match
// KERNEL-DAG: obj_lock_wrong_off: ours=reject kernel=reject message=match
