// What stays unknown about the record of a value holding a graph root:
// a contained struct that only the debug info defines (a local variable's
// type) may be missing from the object's BTF, which would leave the value
// without a record (the running 6.18 kernel rejects local_only_pop with
// `map '.data.L' has no valid bpf_spin_lock`), and an access to the bytes
// of a special field of a value the kernel keeps no record for (it accepts
// ghost_write_lock).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
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
SEC("tc") int local_only_pop(void *ctx) {
  struct bpf_list_node *l;
  struct local_only *o;
  bpf_spin_lock(&llk);
  l = bpf_list_pop_front(&lh);
  bpf_spin_unlock(&llk);
  if (!l) return 0;
  o = container_of(l, struct local_only, ln);
  long k = o->k;
  bpf_obj_drop_impl(o, NULL);
  return k & 1;
}
SEC("tc") int ghost_write_lock(void *ctx) {
  *(volatile long *)&glk = 0;
  return 0;
}

// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'local_only_pop': the special fields of map '.data.L' are not modelled
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'ghost_write_lock': an access to a special field of map '.data.G', whose record the kernel may not build, is not modelled

// VERDICT:      2 programs
// VERDICT-NEXT: ghost_write_lock: unknown
// VERDICT-NEXT: local_only_pop: unknown
