// arg:ctx inference on IR: pointer parameters of global functions that
// receive the program context at every call get the decl tag, directly from
// an entry's context or through another such parameter (of a global or a
// static function). A parameter that also receives something else, a scalar
// parameter, and one already tagged by the user are left as they are.
// RUN: %clang_bpf_plain -S -emit-llvm -Xclang -disable-llvm-passes -c %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),verifiable-annotate-arg-ctx' -S %t.ll -o %t.out.ll
// RUN: FileCheck %s < %t.out.ll
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NOINLINE __attribute__((noinline))

NOINLINE int leaf(void *c, int n) { return c ? n : 0; }
NOINLINE int middle(void *c) { return leaf(c, 1); }
static NOINLINE int hop(void *c) { return middle(c); }
NOINLINE int tagged(void *c __attribute__((btf_decl_tag("arg:ctx")))) {
  return leaf(c, 2);
}
NOINLINE int mixed(void *p) { return p != 0; }

int scratch;

SEC("xdp") int one(struct xdp_md *ctx) { return hop(ctx) + tagged(ctx); }
SEC("tc") int two(struct __sk_buff *skb) {
  return middle(skb) + mixed(&scratch);
}

char LICENSE[] SEC("license") = "GPL";

// Exactly one tag per parameter, on leaf's c, middle's c and tagged's c.
// CHECK-DAG: !DILocalVariable(name: "c", arg: 1, scope: [[LEAF:![0-9]+]], {{.*}}annotations: [[TAG:![0-9]+]])
// CHECK-DAG: [[LEAF]] = distinct !DISubprogram(name: "leaf"
// CHECK-DAG: !DILocalVariable(name: "c", arg: 1, scope: [[MIDDLE:![0-9]+]], {{.*}}annotations: [[TAG]])
// CHECK-DAG: [[MIDDLE]] = distinct !DISubprogram(name: "middle"
// CHECK-DAG: !DILocalVariable(name: "c", arg: 1, scope: [[TAGGED:![0-9]+]], {{.*}}annotations: [[TAG]])
// CHECK-DAG: [[TAGGED]] = distinct !DISubprogram(name: "tagged"
// CHECK-DAG: [[TAG]] = !{[[PAIR:![0-9]+]]}
// CHECK-DAG: [[PAIR]] = !{!"btf_decl_tag", !"arg:ctx"}
// CHECK-DAG: !DILocalVariable(name: "n", arg: 2, scope: [[LEAF]], file: {{![0-9]+}}, line: {{[0-9]+}}, type: {{![0-9]+}})
// CHECK-DAG: !DILocalVariable(name: "c", arg: 1, scope: [[HOP:![0-9]+]], file: {{![0-9]+}}, line: {{[0-9]+}}, type: {{![0-9]+}})
// CHECK-DAG: [[HOP]] = distinct !DISubprogram(name: "hop"
// CHECK-DAG: !DILocalVariable(name: "p", arg: 1, scope: {{![0-9]+}}, file: {{![0-9]+}}, line: {{[0-9]+}}, type: {{![0-9]+}})
// CHECK-NOT: !"arg:ctx"
