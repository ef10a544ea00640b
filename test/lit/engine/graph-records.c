// The record of special fields the kernel builds for a value holding a
// bpf_list_head or bpf_rb_root: the `__contains(type, node)` tag must name
// a struct of the object's BTF whose member `node` is a node of the right
// kind, or the kernel keeps no record at all and bpf_spin_lock() finds no
// lock (`map '.data.G' has no valid bpf_spin_lock`). Every verdict is
// compared with the running kernel; what stays unknown is in
// graph-records-unknown.c.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern struct bpf_list_node *bpf_list_pop_front(struct bpf_list_head *head) __ksym;
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((visibility("hidden"), aligned(8)))
char LICENSE[] SEC("license") = "GPL";
struct ghost { long k; struct bpf_list_node ln; };
struct local_only { long k; struct bpf_list_node ln; };
struct wrongnode { long k; struct bpf_rb_node ln; };
private(G) struct bpf_spin_lock glk;
private(G) struct bpf_list_head gh __contains(ghost, ln);
private(L) struct bpf_spin_lock llk;
private(L) struct bpf_list_head lh __contains(local_only, ln);
private(W) struct bpf_spin_lock wlk;
private(W) struct bpf_list_head wh __contains(wrongnode, ln);
private(N) struct bpf_spin_lock nlk;
private(N) struct bpf_list_head nh;
SEC("tc") int ghost_lock(void *ctx) {
  bpf_spin_lock(&glk);
  bpf_spin_unlock(&glk);
  return 0;
}
SEC("tc") int wrongnode_lock(void *ctx) {
  struct wrongnode *w = bpf_obj_new_impl(bpf_core_type_id_local(struct wrongnode), NULL);
  if (w) bpf_obj_drop_impl(w, NULL);
  bpf_spin_lock(&wlk);
  bpf_spin_unlock(&wlk);
  return 0;
}
SEC("tc") int notag_lock(void *ctx) {
  bpf_spin_lock(&nlk);
  bpf_spin_unlock(&nlk);
  return 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'ghost_lock': map '.data.G' has no valid bpf_spin_lock
// CHECK-DAG: error: BPF verifier would reject program 'wrongnode_lock': map '.data.W' has no valid bpf_spin_lock
// CHECK-DAG: error: BPF verifier would reject program 'notag_lock': map '.data.N' has no valid bpf_spin_lock

// VERDICT:      3 programs
// VERDICT-NEXT: ghost_lock: reject
// VERDICT-NEXT: notag_lock: reject
// VERDICT-NEXT: wrongnode_lock: reject

// KERNEL-DAG: ghost_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: wrongnode_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: notag_lock: ours=reject kernel=reject message=match
