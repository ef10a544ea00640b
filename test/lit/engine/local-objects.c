// Objects the program allocates with bpf_obj_new() (PTR_TO_BTF_ID |
// MEM_ALLOC of the program's own BTF, found through the CO-RE
// type-id-local relocation bpf_obj_new() expands to): NULL until checked,
// a reference to drop, plain fields read and written within the struct,
// special fields (bpf_spin_lock, bpf_rb_node, bpf_list_node, bpf_refcount)
// refused, per-CPU objects not dereferenced, bpf_obj_drop()'s argument
// checks, local kptrs moved with bpf_kptr_xchg(), and a second reference
// from bpf_refcount_acquire() (non-NULL for an owning one), and plain
// loads of a local kptr (an RCU pointer that owns nothing). Every verdict and
// message is compared with the running kernel; what the engine does not
// model yet is in local-objects-unknown.c.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern void *bpf_percpu_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_percpu_obj_drop_impl(void *kptr, void *meta) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
#define bpf_percpu_obj_new(type) ((type *)bpf_percpu_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_percpu_obj_drop(kptr) bpf_percpu_obj_drop_impl(kptr, NULL)
extern void *bpf_refcount_acquire_impl(void *kptr, void *meta) __ksym;
#define bpf_refcount_acquire(kptr) bpf_refcount_acquire_impl(kptr, NULL)
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct foo { long a; int b; int c; struct foo *next; };
struct bar { int x; };
struct locked { int v; struct bpf_spin_lock lock; long w; };
struct small { long s; };

struct val { long n; struct foo __kptr *f; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, u32);
  __type(value, struct val);
} m SEC(".maps");

SEC("tc") int new_drop(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  p->a = 1; p->b = ctx->len; p->c = p->b + 1;
  long r = p->a + p->c;
  bpf_obj_drop(p);
  return r & 1;
}
SEC("tc") int new_leak(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  p->a = 1;
  return 0;
}
SEC("tc") int new_unchecked(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  p->a = 1;
  bpf_obj_drop(p);
  return 0;
}
SEC("tc") int beyond(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  long r = *(volatile long *)((char *)p + 24);
  bpf_obj_drop(p);
  return r;
}
SEC("tc") int lock_read(struct __sk_buff *ctx) {
  struct locked *p = bpf_obj_new(struct locked);
  if (!p) return 0;
  int r = *(volatile int *)((char *)p + 4);
  bpf_obj_drop(p);
  return r;
}
SEC("tc") int lock_around(struct __sk_buff *ctx) {
  struct locked *p = bpf_obj_new(struct locked);
  if (!p) return 0;
  p->v = 1; p->w = 2;
  int r = p->v + p->w;
  bpf_obj_drop(p);
  return r;
}
SEC("tc") int drop_null(struct __sk_buff *ctx) {
  bpf_obj_drop_impl(0, 0);
  return 0;
}
SEC("tc") int use_after_drop(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  bpf_obj_drop(p);
  return p->b;
}
SEC("tc") int drop_offset(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  bpf_obj_drop(&p->b);
  return 0;
}
SEC("tc") int drop_map_value(struct __sk_buff *ctx) {
  u32 k = 0;
  struct val *v = bpf_map_lookup_elem(&m, &k);
  if (!v) return 0;
  bpf_obj_drop(v);
  return 0;
}
SEC("tc") int new_int(struct __sk_buff *ctx) {
  int *p = bpf_obj_new(int);
  if (!p) return 0;
  bpf_obj_drop(p);
  return 0;
}
SEC("tc") int ptr_member(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  struct foo *q = p->next;
  bpf_obj_drop(p);
  if (!q) return 0;
  return q->b;
}
SEC("tc") int store_ptr(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  p->next = p;
  bpf_obj_drop(p);
  return 0;
}
SEC("tc") int stash(struct __sk_buff *ctx) {
  u32 k = 0;
  struct val *v = bpf_map_lookup_elem(&m, &k);
  if (!v) return 0;
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  p = bpf_kptr_xchg(&v->f, p);
  if (p) bpf_obj_drop(p);
  return 0;
}
SEC("tc") int unstash_leak(struct __sk_buff *ctx) {
  u32 k = 0;
  struct val *v = bpf_map_lookup_elem(&m, &k);
  if (!v) return 0;
  struct foo *p = bpf_kptr_xchg(&v->f, NULL);
  if (!p) return 0;
  return p->b;
}
SEC("tc") int stash_wrong(struct __sk_buff *ctx) {
  u32 k = 0;
  struct val *v = bpf_map_lookup_elem(&m, &k);
  if (!v) return 0;
  struct bar *p = bpf_obj_new(struct bar);
  if (!p) return 0;
  p = bpf_kptr_xchg(&v->f, p);
  if (p) bpf_obj_drop(p);
  return 0;
}
SEC("tc") int percpu(struct __sk_buff *ctx) {
  struct small *p = bpf_percpu_obj_new(struct small);
  if (!p) return 0;
  bpf_percpu_obj_drop(p);
  return 0;
}
SEC("tc") int percpu_deref(struct __sk_buff *ctx) {
  struct small *p = bpf_percpu_obj_new(struct small);
  if (!p) return 0;
  p->s = 1;
  bpf_percpu_obj_drop(p);
  return 0;
}
SEC("tc") int percpu_wrong_drop(struct __sk_buff *ctx) {
  struct small *p = bpf_percpu_obj_new(struct small);
  if (!p) return 0;
  bpf_obj_drop(p);
  return 0;
}
SEC("tc") int percpu_locked(struct __sk_buff *ctx) {
  struct locked *p = bpf_percpu_obj_new(struct locked);
  if (!p) return 0;
  bpf_percpu_obj_drop(p);
  return 0;
}
SEC("tc") int var_off(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  unsigned i = ctx->len & 1;
  long r = ((int *)p)[i];
  bpf_obj_drop(p);
  return r;
}
SEC("tc") int double_check(struct __sk_buff *ctx) {
  struct foo *p = bpf_obj_new(struct foo);
  if (!p) return 0;
  if (p == (void *)0) { return *(volatile int *)0; }
  bpf_obj_drop(p);
  return 0;
}

struct node_data { long key; long data; struct bpf_rb_node r; struct bpf_list_node l; struct bpf_refcount ref; };
struct inner { int x; struct bpf_spin_lock l; };
struct nested { long a; struct inner in; };
struct arr { int v[4]; char tail[3]; };
struct bits { unsigned a : 3; unsigned b : 5; int c; };

struct map_value { struct node_data __kptr *node; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct map_value);
} stashed SEC(".maps");

SEC("tc") int refnode_ok(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  n->key = 5; n->data = n->key * 2;
  long r = n->data;
  bpf_obj_drop(n);
  return r;
}
SEC("tc") int refnode_rbnode(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  long r = *(volatile long *)((char *)n + 16);
  bpf_obj_drop(n);
  return r;
}
SEC("tc") int refnode_refcount(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  int r = *(volatile int *)((char *)n + sizeof(*n) - 4);
  bpf_obj_drop(n);
  return r;
}
SEC("tc") int refnode_node_write(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  *(volatile long *)((char *)n + 40) = 0;
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int arr_ok(struct __sk_buff *ctx) {
  struct arr *n = bpf_obj_new(struct arr);
  if (!n) return 0;
  n->v[3] = 1; n->tail[2] = 3;
  long r = *(volatile long *)&n->v[0];
  bpf_obj_drop(n);
  return r;
}
SEC("tc") int arr_straddle(struct __sk_buff *ctx) {
  struct arr *n = bpf_obj_new(struct arr);
  if (!n) return 0;
  long r = *(volatile long *)((char *)n + 12);
  bpf_obj_drop(n);
  return r;
}
SEC("tc") int bits_ok(struct __sk_buff *ctx) {
  struct bits *n = bpf_obj_new(struct bits);
  if (!n) return 0;
  n->b = 3; n->c = n->a;
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int stash_refnode(struct __sk_buff *ctx) {
  int k = 0;
  struct map_value *v = bpf_map_lookup_elem(&stashed, &k);
  if (!v) return 0;
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  n = bpf_kptr_xchg(&v->node, n);
  if (n) bpf_obj_drop(n);
  return 0;
}
SEC("tc") int stash_unchecked(struct __sk_buff *ctx) {
  int k = 0;
  struct map_value *v = bpf_map_lookup_elem(&stashed, &k);
  if (!v) return 0;
  struct node_data *n = bpf_obj_new(struct node_data);
  n = bpf_kptr_xchg(&v->node, n);
  if (n) bpf_obj_drop(n);
  return 0;
}
SEC("tc") int loop_new(struct __sk_buff *ctx) {
  for (int i = 0; i < 8; i++) {
    struct node_data *n = bpf_obj_new(struct node_data);
    if (!n) return 0;
    n->key = i;
    bpf_obj_drop(n);
  }
  return 0;
}
SEC("tc") int drop_twice(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  bpf_obj_drop(n);
  bpf_obj_drop(n);
  return 0;
}
SEC("socket") int wrong_prog(struct __sk_buff *ctx) {
  struct node_data *n = bpf_obj_new(struct node_data);
  if (!n) return 0;
  bpf_obj_drop(n);
  return 0;
}


struct rnode { long key; struct bpf_refcount ref; };
struct plainn { long key; };
struct lnode { long key; struct bpf_list_node l; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, long);
} am SEC(".maps");

SEC("tc") int rc_ok(struct __sk_buff *ctx) {
  struct rnode *n = bpf_obj_new(struct rnode), *m;
  if (!n) return 0;
  m = bpf_refcount_acquire(n);
  m->key = 2;
  bpf_obj_drop(m);
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int rc_leak(struct __sk_buff *ctx) {
  struct rnode *n = bpf_obj_new(struct rnode), *m;
  if (!n) return 0;
  m = bpf_refcount_acquire(n);
  bpf_obj_drop(n);
  return m->key;
}
SEC("tc") int rc_maybe_null(struct __sk_buff *ctx) {
  struct rnode *n = bpf_obj_new(struct rnode), *m;
  m = bpf_refcount_acquire(n);
  if (m) bpf_obj_drop(m);
  if (n) bpf_obj_drop(n);
  return 0;
}
SEC("tc") int rc_no_refcount(struct __sk_buff *ctx) {
  struct lnode *n = bpf_obj_new(struct lnode), *m;
  if (!n) return 0;
  m = bpf_refcount_acquire(n);
  if (m) bpf_obj_drop(m);
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int rc_map_value(struct __sk_buff *ctx) {
  int k = 0;
  long *v = bpf_map_lookup_elem(&am, &k), *m;
  if (!v) return 0;
  m = bpf_refcount_acquire(v);
  if (m) bpf_obj_drop(m);
  return 0;
}
SEC("tc") int rc_after_drop(struct __sk_buff *ctx) {
  struct rnode *n = bpf_obj_new(struct rnode), *m;
  if (!n) return 0;
  bpf_obj_drop(n);
  m = bpf_refcount_acquire(n);
  if (m) bpf_obj_drop(m);
  return 0;
}


struct rec { long a; long b; };
struct slot { struct rec __kptr *r; struct rec __kptr *r2; };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct slot);
} sm SEC(".maps");

static __always_inline struct slot *get(void) { int k = 0; return bpf_map_lookup_elem(&sm, &k); }

SEC("tc") int pl_read(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  if (!r) return 0;
  return r->a;
}
SEC("tc") int pl_write(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  if (!r) return 0;
  r->b = ctx->len;
  return 0;
}
SEC("tc") int pl_unchecked(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  return r->a;
}
SEC("tc") int pl_drop(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  if (!r) return 0;
  bpf_obj_drop(r);
  return 0;
}
SEC("tc") int pl_xchg(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  if (!r) return 0;
  r = bpf_kptr_xchg(&s->r2, r);
  if (r) bpf_obj_drop(r);
  return 0;
}
SEC("tc") int pl_beyond(struct __sk_buff *ctx) {
  struct slot *s = get(); struct rec *r;
  if (!s) return 0;
  r = s->r;
  if (!r) return 0;
  return *(volatile long *)((char *)r + 16);
}

// CHECK-DAG: error: BPF verifier would reject program 'new_leak': Unreleased reference id=2 alloc_insn=3
// CHECK-DAG: error: BPF verifier would reject program 'new_unchecked': R0 invalid mem access 'ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'beyond': access beyond struct foo at off 24 size 8
// CHECK-DAG: error: BPF verifier would reject program 'lock_read': direct access to bpf_spin_lock is disallowed
// CHECK-DAG: error: BPF verifier would reject program 'drop_null': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'use_after_drop': R6 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'drop_offset': R1 must have zero offset when passed to release func or trusted arg to kfunc
// CHECK-DAG: error: BPF verifier would reject program 'drop_map_value': R1 must be referenced or trusted
// CHECK-DAG: error: BPF verifier would reject program 'new_int': bpf_obj_new/bpf_percpu_obj_new type ID argument must be of a struct
// CHECK-DAG: error: BPF verifier would reject program 'ptr_member': R7 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'unstash_leak': Unreleased reference id=2 alloc_insn=11
// CHECK-DAG: error: BPF verifier would reject program 'stash_wrong': invalid kptr access, R2 type=ptr_bar expected=ptr_foo
// CHECK-DAG: error: BPF verifier would reject program 'percpu_deref': R0 is ptr_small access percpu memory: off=0
// CHECK-DAG: error: BPF verifier would reject program 'percpu_wrong_drop': arg#0 expected for bpf_percpu_obj_drop_impl()
// CHECK-DAG: error: BPF verifier would reject program 'percpu_locked': bpf_percpu_obj_new type ID argument must not contain special fields
// CHECK-DAG: error: BPF verifier would reject program 'var_off': R2 is ptr_foo invalid variable offset: off=0, var_off=(0x0; 0x4)
// CHECK-DAG: error: BPF verifier would reject program 'refnode_rbnode': direct access to bpf_rb_node is disallowed
// CHECK-DAG: error: BPF verifier would reject program 'refnode_refcount': struct node_data doesn't have field at offset 76
// CHECK-DAG: error: BPF verifier would reject program 'refnode_node_write': direct access to bpf_rb_node is disallowed

// CHECK-DAG: error: BPF verifier would reject program 'rc_leak': Unreleased reference id=3 alloc_insn=9
// CHECK-DAG: error: BPF verifier would reject program 'rc_maybe_null': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'rc_no_refcount': arg#0 doesn't point to a type with bpf_refcount field
// CHECK-DAG: error: BPF verifier would reject program 'rc_map_value': arg#0 is neither owning or non-owning ref
// CHECK-DAG: error: BPF verifier would reject program 'rc_after_drop': arg#0 is neither owning or non-owning ref
// CHECK-DAG: error: BPF verifier would reject program 'pl_unchecked': R1 invalid mem access 'rcu_ptr_or_null_'
// CHECK-DAG: error: BPF verifier would reject program 'pl_drop': R1 must be referenced or trusted
// CHECK-DAG: error: BPF verifier would reject program 'pl_xchg': verifier bug: invalid PTR_TO_BTF_ID register for type match
// CHECK-DAG: error: BPF verifier would reject program 'pl_beyond': access beyond struct rec at off 16 size 8
// VERDICT:      46 programs
// VERDICT-NEXT: arr_ok: accept
// VERDICT-NEXT: arr_straddle: reject
// VERDICT-NEXT: beyond: reject
// VERDICT-NEXT: bits_ok: accept
// VERDICT-NEXT: double_check: accept
// VERDICT-NEXT: drop_map_value: reject
// VERDICT-NEXT: drop_null: reject
// VERDICT-NEXT: drop_offset: reject
// VERDICT-NEXT: drop_twice: reject
// VERDICT-NEXT: lock_around: accept
// VERDICT-NEXT: lock_read: reject
// VERDICT-NEXT: loop_new: accept
// VERDICT-NEXT: new_drop: accept
// VERDICT-NEXT: new_int: reject
// VERDICT-NEXT: new_leak: reject
// VERDICT-NEXT: new_unchecked: reject
// VERDICT-NEXT: percpu: accept
// VERDICT-NEXT: percpu_deref: reject
// VERDICT-NEXT: percpu_locked: reject
// VERDICT-NEXT: percpu_wrong_drop: reject
// VERDICT-NEXT: pl_beyond: reject
// VERDICT-NEXT: pl_drop: reject
// VERDICT-NEXT: pl_read: accept
// VERDICT-NEXT: pl_unchecked: reject
// VERDICT-NEXT: pl_write: accept
// VERDICT-NEXT: pl_xchg: reject
// VERDICT-NEXT: ptr_member: reject
// VERDICT-NEXT: rc_after_drop: reject
// VERDICT-NEXT: rc_leak: reject
// VERDICT-NEXT: rc_map_value: reject
// VERDICT-NEXT: rc_maybe_null: reject
// VERDICT-NEXT: rc_no_refcount: reject
// VERDICT-NEXT: rc_ok: accept
// VERDICT-NEXT: refnode_node_write: reject
// VERDICT-NEXT: refnode_ok: accept
// VERDICT-NEXT: refnode_rbnode: reject
// VERDICT-NEXT: refnode_refcount: reject
// VERDICT-NEXT: stash: accept
// VERDICT-NEXT: stash_refnode: accept
// VERDICT-NEXT: stash_unchecked: reject
// VERDICT-NEXT: stash_wrong: reject
// VERDICT-NEXT: store_ptr: accept
// VERDICT-NEXT: unstash_leak: reject
// VERDICT-NEXT: use_after_drop: reject
// VERDICT-NEXT: var_off: reject
// VERDICT-NEXT: wrong_prog: reject

// KERNEL-DAG: new_drop: ours=accept kernel=accept message=n/a
// KERNEL-DAG: new_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: new_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: beyond: ours=reject kernel=reject message=match
// KERNEL-DAG: lock_read: ours=reject kernel=reject message=match
// KERNEL-DAG: lock_around: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drop_null: ours=reject kernel=reject message=match
// KERNEL-DAG: use_after_drop: ours=reject kernel=reject message=match
// KERNEL-DAG: drop_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: drop_map_value: ours=reject kernel=reject message=match
// KERNEL-DAG: new_int: ours=reject kernel=reject message=match
// KERNEL-DAG: ptr_member: ours=reject kernel=reject message=match
// KERNEL-DAG: store_ptr: ours=accept kernel=accept message=n/a
// KERNEL-DAG: stash: ours=accept kernel=accept message=n/a
// KERNEL-DAG: unstash_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: stash_wrong: ours=reject kernel=reject message=match
// KERNEL-DAG: percpu: ours=accept kernel=accept message=n/a
// KERNEL-DAG: percpu_deref: ours=reject kernel=reject message=match
// KERNEL-DAG: percpu_wrong_drop: ours=reject kernel=reject message=match
// KERNEL-DAG: percpu_locked: ours=reject kernel=reject message=match
// KERNEL-DAG: var_off: ours=reject kernel=reject message=match
// KERNEL-DAG: double_check: ours=accept kernel=accept message=n/a
// KERNEL-DAG: refnode_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: refnode_rbnode: ours=reject kernel=reject message=match
// KERNEL-DAG: refnode_refcount: ours=reject kernel=reject message=match
// KERNEL-DAG: refnode_node_write: ours=reject kernel=reject message=match
// KERNEL-DAG: arr_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: arr_straddle: ours=reject kernel=reject message=match
// KERNEL-DAG: bits_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: stash_refnode: ours=accept kernel=accept message=n/a
// KERNEL-DAG: stash_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: loop_new: ours=accept kernel=accept message=n/a
// KERNEL-DAG: drop_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: wrong_prog: ours=reject kernel=reject message=match
// KERNEL-DAG: rc_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: rc_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: rc_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: rc_no_refcount: ours=reject kernel=reject message=match
// KERNEL-DAG: rc_map_value: ours=reject kernel=reject message=match
// KERNEL-DAG: rc_after_drop: ours=reject kernel=reject message=match
// KERNEL-DAG: pl_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: pl_write: ours=accept kernel=accept message=n/a
// KERNEL-DAG: pl_unchecked: ours=reject kernel=reject message=match
// KERNEL-DAG: pl_drop: ours=reject kernel=reject message=match
// KERNEL-DAG: pl_xchg: ours=reject kernel=reject message=match
// KERNEL-DAG: pl_beyond: ours=reject kernel=reject message=match
