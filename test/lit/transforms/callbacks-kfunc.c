// Callbacks of kfuncs are tagged too: bpf_rbtree_add's less() function and a
// work queue callback, recognized by the kfunc each is passed to.
// RUN: %clang_bpf -S -emit-llvm %s -o - | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_rb_root {
  __u64 opaque[2];
};
struct bpf_rb_node {
  __u64 opaque[4];
};
struct bpf_wq {
  __u64 opaque[2];
};

extern int bpf_rbtree_add_impl(struct bpf_rb_root *root,
                               struct bpf_rb_node *node,
                               _Bool (*less)(struct bpf_rb_node *a,
                                             const struct bpf_rb_node *b),
                               void *meta, __u64 off) __ksym;
extern int bpf_wq_set_callback_impl(struct bpf_wq *wq,
                                    int (*cb)(void *map, int *key, void *value),
                                    unsigned int flags, void *aux) __ksym;

static _Bool less(struct bpf_rb_node *a, const struct bpf_rb_node *b) {
  return a->opaque[0] < b->opaque[0];
}

static int work(void *map, int *key, void *value) { return 0; }

struct bpf_rb_root root;
struct bpf_rb_node node;
struct bpf_wq wq;

SEC("tc") int prog(struct __sk_buff *skb) {
  bpf_rbtree_add_impl(&root, &node, less, 0, 0);
  bpf_wq_set_callback_impl(&wq, work, 0, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK-DAG: distinct !DISubprogram(name: "less", {{.*}}annotations: [[LESS:![0-9]+]]
// CHECK-DAG: [[LESS]] = !{[[LESSTAG:![0-9]+]]}
// CHECK-DAG: [[LESSTAG]] = !{!"btf_decl_tag", !"verifiable:callback:bpf_rbtree_add"}
// CHECK-DAG: distinct !DISubprogram(name: "work", {{.*}}annotations: [[WORK:![0-9]+]]
// CHECK-DAG: [[WORK]] = !{[[WORKTAG:![0-9]+]]}
// CHECK-DAG: [[WORKTAG]] = !{!"btf_decl_tag", !"verifiable:callback:bpf_wq_set_callback"}
