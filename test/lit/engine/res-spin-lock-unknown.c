// What the engine does not model about bpf_res_spin_lock stays unknown,
// with the reason (the running 6.18 kernel accepts both): a second lock
// taken while one is held (the kernel keeps a stack of them, released in
// reverse order), and a resilient lock taken under a bpf_spin_lock.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: %clang_bpf -I%t -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_res_spin_lock(struct bpf_res_spin_lock *lock) __ksym;
extern void bpf_res_spin_unlock(struct bpf_res_spin_lock *lock) __ksym;

struct elem {
  struct bpf_res_spin_lock l;
  __u64 c;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct elem);
} m SEC(".maps");

struct plain_elem {
  struct bpf_spin_lock l;
  __u64 c;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct plain_elem);
} plain SEC(".maps");

SEC("tc") int nested(struct __sk_buff *s) {
  int k0 = 0, k1 = 1;
  struct elem *a = bpf_map_lookup_elem(&m, &k0);
  struct elem *b = bpf_map_lookup_elem(&m, &k1);
  if (!a || !b)
    return 0;
  if (bpf_res_spin_lock(&a->l))
    return 0;
  if (bpf_res_spin_lock(&b->l)) {
    bpf_res_spin_unlock(&a->l);
    return 0;
  }
  bpf_res_spin_unlock(&b->l);
  bpf_res_spin_unlock(&a->l);
  return 0;
}

SEC("tc") int res_under_spin(struct __sk_buff *s) {
  int k = 0;
  struct elem *a = bpf_map_lookup_elem(&m, &k);
  struct plain_elem *e = bpf_map_lookup_elem(&plain, &k);
  if (!a || !e)
    return 0;
  bpf_spin_lock(&e->l);
  if (bpf_res_spin_lock(&a->l)) {
    bpf_spin_unlock(&e->l);
    return 0;
  }
  bpf_res_spin_unlock(&a->l);
  bpf_spin_unlock(&e->l);
  return 0;
}

// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'nested': kfunc 'bpf_res_spin_lock' under a bpf_spin_lock is not modelled yet
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'res_under_spin': kfunc 'bpf_res_spin_lock' under a bpf_spin_lock is not modelled yet

// VERDICT:      2 programs
// VERDICT-NEXT: nested: unknown
// VERDICT-NEXT: res_under_spin: unknown
