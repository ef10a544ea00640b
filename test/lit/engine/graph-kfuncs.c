// Lists and red-black trees of program-allocated objects (the graph
// kfuncs): a bpf_list_head or bpf_rb_root in a global or a map value,
// tagged __contains(type, node), used under the bpf_spin_lock of the same
// allocation; bpf_list_push_*() and bpf_rbtree_add_impl() take an owning
// reference and leave a non-owning one until bpf_spin_unlock(); pops and
// bpf_rbtree_remove() return owning, maybe-NULL references,
// bpf_rbtree_first() a non-owning one; the `less` callback sees two
// non-owning nodes (where bpf_rbtree_remove() and bpf_spin_unlock() are
// refused); bpf_refcount_acquire() is allowed under the lock; roots in
// arrays repeat per element; NULL is refused as for trusted arguments.
// Every verdict and message is compared with the running kernel.
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
extern void *bpf_refcount_acquire_impl(void *kptr, void *meta) __ksym;
extern int bpf_list_push_front_impl(struct bpf_list_head *head,
                                    struct bpf_list_node *node, void *meta,
                                    __u64 off) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head,
                                   struct bpf_list_node *node, void *meta,
                                   __u64 off) __ksym;
extern struct bpf_list_node *bpf_list_pop_front(struct bpf_list_head *head) __ksym;
extern struct bpf_list_node *bpf_list_pop_back(struct bpf_list_head *head) __ksym;
extern int bpf_rbtree_add_impl(struct bpf_rb_root *root, struct bpf_rb_node *node,
                               bool (less)(struct bpf_rb_node *a,
                                           const struct bpf_rb_node *b),
                               void *meta, __u64 off) __ksym;
extern struct bpf_rb_node *bpf_rbtree_first(struct bpf_rb_root *root) __ksym;
extern struct bpf_rb_node *bpf_rbtree_remove(struct bpf_rb_root *root,
                                             struct bpf_rb_node *node) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(kptr) bpf_obj_drop_impl(kptr, NULL)
#define bpf_refcount_acquire(kptr) bpf_refcount_acquire_impl(kptr, NULL)
#define push_front(head, node) bpf_list_push_front_impl(head, node, NULL, 0)
#define push_back(head, node) bpf_list_push_back_impl(head, node, NULL, 0)
#define rb_add(root, node, less) bpf_rbtree_add_impl(root, node, less, NULL, 0)
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((visibility("hidden"), aligned(8)))

char LICENSE[] SEC("license") = "GPL";

struct item { long key; struct bpf_list_node ln; long data; };
struct tnod { long key; struct bpf_rb_node rn; long data; };
struct other { struct bpf_list_node ln; long x; };
struct shared { struct bpf_refcount ref; long key; struct bpf_rb_node rn; struct bpf_list_node ln; };

private(A) struct bpf_spin_lock alock;
private(A) struct bpf_list_head ahead __contains(item, ln);
private(A) struct bpf_rb_root aroot __contains(tnod, rn);
private(B) struct bpf_spin_lock block;
private(B) struct bpf_list_head bhead __contains(item, ln);
private(C) struct bpf_spin_lock clock;
private(C) struct bpf_rb_root croot __contains(shared, rn);
private(C) struct bpf_list_head chead __contains(shared, ln);

struct mval { struct bpf_spin_lock lock; struct bpf_list_head head __contains(item, ln); };
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, u32);
  __type(value, struct mval);
} lists SEC(".maps");

static bool less(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  struct tnod *x = container_of(a, struct tnod, rn);
  struct tnod *y = container_of(b, struct tnod, rn);
  return x->key < y->key;
}
static bool less_bad(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  struct tnod *x = container_of(a, struct tnod, rn);
  return ((long *)x)[4] < 0;
}
static bool sless(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  struct shared *x = container_of(a, struct shared, rn);
  struct shared *y = container_of(b, struct shared, rn);
  return x->key < y->key;
}

SEC("tc") int list_push_pop(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  struct bpf_list_node *l;
  if (!n) return 0;
  n->key = 1;
  bpf_spin_lock(&alock);
  push_front(&ahead, &n->ln);
  n->data = 2;
  bpf_spin_unlock(&alock);
  bpf_spin_lock(&alock);
  l = bpf_list_pop_back(&ahead);
  bpf_spin_unlock(&alock);
  if (!l) return 0;
  n = container_of(l, struct item, ln);
  long k = n->key;
  bpf_obj_drop(n);
  return k & 1;
}
SEC("tc") int list_map_value(void *ctx) {
  u32 key = 0;
  struct mval *v = bpf_map_lookup_elem(&lists, &key);
  struct item *n;
  if (!v) return 0;
  n = bpf_obj_new(struct item);
  if (!n) return 0;
  bpf_spin_lock(&v->lock);
  push_back(&v->head, &n->ln);
  bpf_spin_unlock(&v->lock);
  return 0;
}
SEC("tc") int rb_add_first_remove(void *ctx) {
  struct tnod *n = bpf_obj_new(struct tnod);
  struct bpf_rb_node *r;
  if (!n) return 0;
  n->key = 5;
  bpf_spin_lock(&alock);
  rb_add(&aroot, &n->rn, less);
  r = bpf_rbtree_first(&aroot);
  if (!r) { bpf_spin_unlock(&alock); return 0; }
  r = bpf_rbtree_remove(&aroot, r);
  bpf_spin_unlock(&alock);
  if (!r) return 0;
  n = container_of(r, struct tnod, rn);
  bpf_obj_drop(n);
  return 0;
}
SEC("tc") int rb_first_read(void *ctx) {
  struct bpf_rb_node *r;
  long k = 0;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_first(&aroot);
  if (r) k = container_of(r, struct tnod, rn)->key;
  bpf_spin_unlock(&alock);
  return k & 1;
}
SEC("tc") int refcounted_both(void *ctx) {
  struct shared *n = bpf_obj_new(struct shared), *m;
  if (!n) return 0;
  m = bpf_refcount_acquire(n);
  bpf_spin_lock(&clock);
  rb_add(&croot, &n->rn, sless);
  push_front(&chead, &m->ln);
  bpf_spin_unlock(&clock);
  return 0;
}
SEC("tc") int refcount_nonowning(void *ctx) {
  struct shared *n = bpf_obj_new(struct shared), *m;
  if (!n) return 0;
  bpf_spin_lock(&clock);
  rb_add(&croot, &n->rn, sless);
  m = bpf_refcount_acquire(n);
  bpf_spin_unlock(&clock);
  if (m) bpf_obj_drop(m);
  return 0;
}
SEC("tc") int remove_owning(void *ctx) {
  struct tnod *n = bpf_obj_new(struct tnod);
  struct bpf_rb_node *r;
  if (!n) return 0;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_remove(&aroot, &n->rn);
  bpf_spin_unlock(&alock);
  bpf_obj_drop(n);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
SEC("tc") int push_no_lock(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  if (!n) return 0;
  push_front(&ahead, &n->ln);
  return 0;
}
SEC("tc") int push_wrong_lock(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  if (!n) return 0;
  bpf_spin_lock(&block);
  push_front(&ahead, &n->ln);
  bpf_spin_unlock(&block);
  return 0;
}
SEC("tc") int use_after_unlock(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  if (!n) return 0;
  bpf_spin_lock(&alock);
  push_front(&ahead, &n->ln);
  bpf_spin_unlock(&alock);
  return n->key & 1;
}
SEC("tc") int double_push(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  if (!n) return 0;
  bpf_spin_lock(&alock);
  push_front(&ahead, &n->ln);
  push_back(&ahead, &n->ln);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int pop_leak(void *ctx) {
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front(&ahead);
  bpf_spin_unlock(&alock);
  return l ? 1 : 0;
}
SEC("tc") int wrong_type(void *ctx) {
  struct other *o = bpf_obj_new(struct other);
  if (!o) return 0;
  bpf_spin_lock(&alock);
  push_front(&ahead, &o->ln);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int bad_less(void *ctx) {
  struct tnod *n = bpf_obj_new(struct tnod);
  if (!n) return 0;
  bpf_spin_lock(&alock);
  rb_add(&aroot, &n->rn, less_bad);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int first_after_unlock(void *ctx) {
  struct bpf_rb_node *r;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_first(&aroot);
  bpf_spin_unlock(&alock);
  if (!r) return 0;
  return container_of(r, struct tnod, rn)->key & 1;
}
SEC("tc") int drop_under_lock(void *ctx) {
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front(&ahead);
  if (l) bpf_obj_drop(container_of(l, struct item, ln));
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int remove_unadded(void *ctx) {
  struct tnod *n = bpf_obj_new(struct tnod);
  struct bpf_rb_node *r;
  if (!n) return 0;
  bpf_spin_lock(&alock);
  rb_add(&aroot, &n->rn, less);
  r = bpf_rbtree_remove(&aroot, &n->rn);
  bpf_spin_unlock(&alock);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
SEC("tc") int p_push_maybe_null(void *ctx) {
  struct item *n = bpf_obj_new(struct item);
  bpf_spin_lock(&alock);
  push_front(&ahead, &n->ln);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int p_remove_maybe_null(void *ctx) {
  struct bpf_rb_node *r;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_first(&aroot);
  r = bpf_rbtree_remove(&aroot, r);
  bpf_spin_unlock(&alock);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
SEC("tc") int p_head_maybe_null(void *ctx) {
  u32 key = 0;
  struct mval *v = bpf_map_lookup_elem(&lists, &key);
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front(&v->head);
  bpf_spin_unlock(&alock);
  if (l) bpf_obj_drop(container_of(l, struct item, ln));
  return 0;
}
SEC("tc") int p_push_scalar(struct __sk_buff *ctx) {
  bpf_spin_lock(&alock);
  push_front(&ahead, (void *)(long)ctx->len);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int p_push_null(struct __sk_buff *ctx) {
  bpf_spin_lock(&alock);
  push_front(&ahead, NULL);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int p_remove_scalar(struct __sk_buff *ctx) {
  struct bpf_rb_node *r;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_remove(&aroot, (void *)(long)ctx->len);
  bpf_spin_unlock(&alock);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
SEC("tc") int p_head_scalar(struct __sk_buff *ctx) {
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front((void *)(long)ctx->len);
  bpf_spin_unlock(&alock);
  if (l) bpf_obj_drop(container_of(l, struct item, ln));
  return 0;
}
SEC("tc") int p_head_stack(struct __sk_buff *ctx) {
  struct bpf_list_head h = {};
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front(&h);
  bpf_spin_unlock(&alock);
  if (l) bpf_obj_drop(container_of(l, struct item, ln));
  return 0;
}
SEC("tc") int p_push_mapval(struct __sk_buff *ctx) {
  u32 key = 0;
  struct mval *v = bpf_map_lookup_elem(&lists, &key);
  if (!v) return 0;
  bpf_spin_lock(&alock);
  push_front(&ahead, (void *)&v->head);
  bpf_spin_unlock(&alock);
  return 0;
}
SEC("tc") int p_head_null(struct __sk_buff *ctx) {
  struct bpf_list_node *l;
  bpf_spin_lock(&alock);
  l = bpf_list_pop_front(NULL);
  bpf_spin_unlock(&alock);
  if (l) bpf_obj_drop(container_of(l, struct item, ln));
  return 0;
}
SEC("tc") int p_remove_mapval(struct __sk_buff *ctx) {
  struct bpf_rb_node *r;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_remove(&aroot, (void *)&alock);
  bpf_spin_unlock(&alock);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
SEC("tc") int p_remove_null(struct __sk_buff *ctx) {
  struct bpf_rb_node *r;
  bpf_spin_lock(&alock);
  r = bpf_rbtree_remove(&aroot, NULL);
  bpf_spin_unlock(&alock);
  if (r) bpf_obj_drop(container_of(r, struct tnod, rn));
  return 0;
}
static bool less_unlock(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  bpf_spin_unlock(&alock);
  return a < b;
}
static bool less_remove(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  bpf_rbtree_remove(&aroot, a);
  return a < b;
}
static bool less_add(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  rb_add(&aroot, a, less);
  return a < b;
}
static bool less_first(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  struct bpf_rb_node *f = bpf_rbtree_first(&aroot);
  return f == a;
}
#define ADD_WITH(cb) \
  struct tnod *n = bpf_obj_new(struct tnod); \
  if (!n) return 0; \
  bpf_spin_lock(&alock); \
  rb_add(&aroot, &n->rn, cb); \
  bpf_spin_unlock(&alock); \
  return 0;
SEC("tc") int cb_unlock(void *ctx) { ADD_WITH(less_unlock) }
SEC("tc") int cb_remove(void *ctx) { ADD_WITH(less_remove) }
SEC("tc") int cb_add(void *ctx) { ADD_WITH(less_add) }
SEC("tc") int cb_first(void *ctx) { ADD_WITH(less_first) }
struct bpf_rb_root aroots[2] SEC(".data.A") __attribute__((visibility("hidden"), aligned(8))) __contains(tnod, rn);
SEC("tc") int root_array(void *ctx) {
  struct tnod *n = bpf_obj_new(struct tnod);
  struct bpf_rb_node *r;
  if (!n) return 0;
  bpf_spin_lock(&alock);
  rb_add(&aroots[1], &n->rn, less);
  r = bpf_rbtree_first(&aroots[0]);
  bpf_spin_unlock(&alock);
  return r ? 1 : 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'push_no_lock': bpf_spin_lock at off=0 must be held for bpf_list_head
// CHECK-DAG: error: BPF verifier would reject program 'push_wrong_lock': held lock and object are not in the same allocation
// CHECK-DAG: error: BPF verifier would reject program 'use_after_unlock': R7 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'double_push': arg#1 expected pointer to allocated object
// CHECK-DAG: error: BPF verifier would reject program 'pop_leak': Unreleased reference id=2 alloc_insn=5
// CHECK-DAG: error: BPF verifier would reject program 'wrong_type': operation on bpf_list_head expects arg#1 bpf_list_node at offset=8 in struct item, but arg is at offset=0 in struct other
// CHECK-DAG: error: BPF verifier would reject program 'bad_less': direct access to bpf_rb_node is disallowed
// CHECK-DAG: error: BPF verifier would reject program 'first_after_unlock': R6 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'drop_under_lock': function calls are not allowed while holding a lock
// CHECK-DAG: error: BPF verifier would reject program 'p_push_maybe_null': R6 pointer arithmetic on ptr_or_null_ prohibited, null-check it first
// CHECK-DAG: error: BPF verifier would reject program 'p_remove_maybe_null': Possibly NULL pointer passed to trusted arg1
// CHECK-DAG: error: BPF verifier would reject program 'p_head_maybe_null': held lock and object are not in the same allocation
// CHECK-DAG: error: BPF verifier would reject program 'p_push_scalar': arg#1 expected pointer to allocated object
// CHECK-DAG: error: BPF verifier would reject program 'p_push_null': Possibly NULL pointer passed to trusted arg1
// CHECK-DAG: error: BPF verifier would reject program 'p_remove_scalar': bpf_rbtree_remove can only take non-owning or refcounted bpf_rb_node pointer
// CHECK-DAG: error: BPF verifier would reject program 'p_head_scalar': arg#0 expected pointer to map value or allocated object
// CHECK-DAG: error: BPF verifier would reject program 'p_head_stack': arg#0 expected pointer to map value or allocated object
// CHECK-DAG: error: BPF verifier would reject program 'p_push_mapval': arg#1 expected pointer to allocated object
// CHECK-DAG: error: BPF verifier would reject program 'p_head_null': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'p_remove_mapval': bpf_rbtree_remove can only take non-owning or refcounted bpf_rb_node pointer
// CHECK-DAG: error: BPF verifier would reject program 'p_remove_null': Possibly NULL pointer passed to trusted arg1
// CHECK-DAG: error: BPF verifier would reject program 'cb_unlock': can't spin_{lock,unlock} in rbtree cb
// CHECK-DAG: error: BPF verifier would reject program 'cb_remove': bpf_rbtree_remove not allowed in rbtree cb
// CHECK-DAG: error: BPF verifier would reject program 'cb_add': arg#1 expected pointer to allocated object

// VERDICT:      34 programs
// VERDICT-NEXT: bad_less: reject
// VERDICT-NEXT: cb_add: reject
// VERDICT-NEXT: cb_first: accept
// VERDICT-NEXT: cb_remove: reject
// VERDICT-NEXT: cb_unlock: reject
// VERDICT-NEXT: double_push: reject
// VERDICT-NEXT: drop_under_lock: reject
// VERDICT-NEXT: first_after_unlock: reject
// VERDICT-NEXT: list_map_value: accept
// VERDICT-NEXT: list_push_pop: accept
// VERDICT-NEXT: p_head_maybe_null: reject
// VERDICT-NEXT: p_head_null: reject
// VERDICT-NEXT: p_head_scalar: reject
// VERDICT-NEXT: p_head_stack: reject
// VERDICT-NEXT: p_push_mapval: reject
// VERDICT-NEXT: p_push_maybe_null: reject
// VERDICT-NEXT: p_push_null: reject
// VERDICT-NEXT: p_push_scalar: reject
// VERDICT-NEXT: p_remove_mapval: reject
// VERDICT-NEXT: p_remove_maybe_null: reject
// VERDICT-NEXT: p_remove_null: reject
// VERDICT-NEXT: p_remove_scalar: reject
// VERDICT-NEXT: pop_leak: reject
// VERDICT-NEXT: push_no_lock: reject
// VERDICT-NEXT: push_wrong_lock: reject
// VERDICT-NEXT: rb_add_first_remove: accept
// VERDICT-NEXT: rb_first_read: accept
// VERDICT-NEXT: refcount_nonowning: accept
// VERDICT-NEXT: refcounted_both: accept
// VERDICT-NEXT: remove_owning: accept
// VERDICT-NEXT: remove_unadded: accept
// VERDICT-NEXT: root_array: accept
// VERDICT-NEXT: use_after_unlock: reject
// VERDICT-NEXT: wrong_type: reject

// KERNEL-DAG: list_push_pop: ours=accept kernel=accept message=n/a
// KERNEL-DAG: list_map_value: ours=accept kernel=accept message=n/a
// KERNEL-DAG: rb_add_first_remove: ours=accept kernel=accept message=n/a
// KERNEL-DAG: rb_first_read: ours=accept kernel=accept message=n/a
// KERNEL-DAG: refcounted_both: ours=accept kernel=accept message=n/a
// KERNEL-DAG: refcount_nonowning: ours=accept kernel=accept message=n/a
// KERNEL-DAG: remove_owning: ours=accept kernel=accept message=n/a
// KERNEL-DAG: push_no_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: push_wrong_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: use_after_unlock: ours=reject kernel=reject message=match
// KERNEL-DAG: double_push: ours=reject kernel=reject message=match
// KERNEL-DAG: pop_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: wrong_type: ours=reject kernel=reject message=match
// KERNEL-DAG: bad_less: ours=reject kernel=reject message=match
// KERNEL-DAG: first_after_unlock: ours=reject kernel=reject message=match
// KERNEL-DAG: drop_under_lock: ours=reject kernel=reject message=match
// KERNEL-DAG: remove_unadded: ours=accept kernel=accept message=n/a
// KERNEL-DAG: p_push_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: p_remove_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: p_head_maybe_null: ours=reject kernel=reject message=match
// KERNEL-DAG: p_push_scalar: ours=reject kernel=reject message=match
// KERNEL-DAG: p_push_null: ours=reject kernel=reject message=match
// KERNEL-DAG: p_remove_scalar: ours=reject kernel=reject message=match
// KERNEL-DAG: p_head_scalar: ours=reject kernel=reject message=match
// KERNEL-DAG: p_head_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: p_push_mapval: ours=reject kernel=reject message=match
// KERNEL-DAG: p_head_null: ours=reject kernel=reject message=match
// KERNEL-DAG: p_remove_mapval: ours=reject kernel=reject message=match
// KERNEL-DAG: p_remove_null: ours=reject kernel=reject message=match
// KERNEL-DAG: cb_unlock: ours=reject kernel=reject message=match
// KERNEL-DAG: cb_remove: ours=reject kernel=reject message=match
// KERNEL-DAG: cb_add: ours=reject kernel=reject message=match
// KERNEL-DAG: cb_first: ours=accept kernel=accept message=n/a
// KERNEL-DAG: root_array: ours=accept kernel=accept message=n/a
