// Kfuncs with a map, a cpumask or plain memory argument:
// bpf_map_sum_elem_count() takes a trusted struct bpf_map (an iterator's map,
// or a map the program names, which the kernel trusts),
// bpf_cpumask_any_distribute() and bpf_cpumask_any_and_distribute() RCU or
// trusted cpumasks, and bpf_copy_from_user_str() (sleepable programs only) a
// buffer and its size, checked as a helper's memory. Every verdict checked
// against 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
extern s64 bpf_map_sum_elem_count(const struct bpf_map *map) __ksym;
extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern u32 bpf_cpumask_any_distribute(const struct cpumask *src) __ksym;
extern u32 bpf_cpumask_any_and_distribute(const struct cpumask *src1, const struct cpumask *src2) __ksym;
extern int bpf_copy_from_user_str(void *dst, u32 dst__sz, const void *unsafe_ptr__ign, u64 flags) __ksym;
char LICENSE[] SEC("license") = "GPL";
struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, int);
} h SEC(".maps");

SEC("iter/bpf_map") int sum_iter(struct bpf_iter__bpf_map *ctx) {
  struct bpf_map *map = ctx->map;
  if (!map)
    return 0;
  return bpf_map_sum_elem_count(map) > 0;
}
SEC("iter/bpf_map") int sum_iter_null(struct bpf_iter__bpf_map *ctx) {
  return bpf_map_sum_elem_count(ctx->map) > 0;
}
SEC("tc") int sum_const_map(struct __sk_buff *skb) {
  return bpf_map_sum_elem_count((struct bpf_map *)&h) > 0;
}
SEC("tc") int sum_stack(struct __sk_buff *skb) {
  long x[8] = {};
  return bpf_map_sum_elem_count((struct bpf_map *)x) > 0;
}
SEC("tp_btf/sys_enter") int sum_untrusted(void *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  return bpf_map_sum_elem_count((struct bpf_map *)t->mm) > 0;
}
SEC("tp_btf/sys_enter") int distribute(void *ctx) {
  struct bpf_cpumask *m = bpf_cpumask_create();
  u32 c;
  if (!m)
    return 0;
  c = bpf_cpumask_any_distribute((struct cpumask *)m);
  c += bpf_cpumask_any_and_distribute((struct cpumask *)m, (struct cpumask *)m);
  bpf_cpumask_release(m);
  return c & 1;
}
SEC("tp_btf/sys_enter") int distribute_null(void *ctx) {
  struct bpf_cpumask *m = bpf_cpumask_create();
  u32 c = bpf_cpumask_any_distribute((struct cpumask *)m);
  if (m)
    bpf_cpumask_release(m);
  return c & 1;
}
SEC("tc") int distribute_tc(struct __sk_buff *skb) {
  struct task_struct *t = bpf_get_current_task_btf();
  return bpf_cpumask_any_distribute(t->cpus_ptr) & 1;
}
SEC("tp_btf/sys_enter") int distribute_task(void *ctx) {
  struct task_struct *t = bpf_get_current_task_btf();
  return bpf_cpumask_any_distribute(t->cpus_ptr) & 1;
}
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, char[64]);
} bufs SEC(".maps");
SEC("syscall") int copy_str_stack(void *ctx) {
  char buf[32];
  int n = bpf_copy_from_user_str(buf, sizeof(buf), (void *)0x1000, 0);
  return n > 0 ? buf[0] : 0;
}
SEC("syscall") int copy_str_map(void *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&bufs, &k);
  if (!v)
    return 0;
  return bpf_copy_from_user_str(v, 64, (void *)0x1000, 0);
}
SEC("syscall") int copy_str_too_big(void *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&bufs, &k);
  if (!v)
    return 0;
  return bpf_copy_from_user_str(v, 65, (void *)0x1000, 0);
}
SEC("syscall") int copy_str_null(void *ctx) {
  int k = 0;
  char *v = bpf_map_lookup_elem(&bufs, &k);
  return bpf_copy_from_user_str(v, 64, (void *)0x1000, 0);
}
SEC("tp_btf/sys_enter") int copy_str_not_sleepable(void *ctx) {
  char buf[32];
  return bpf_copy_from_user_str(buf, sizeof(buf), (void *)0x1000, 0);
}

// CHECK-DAG: error: BPF verifier would reject program 'sum_iter_null': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'sum_stack': arg#0 pointer type STRUCT bpf_map must point to scalar, or struct with scalar
// CHECK-DAG: error: BPF verifier would reject program 'sum_untrusted': R1 must be referenced or trusted
// CHECK-DAG: error: BPF verifier would reject program 'distribute_null': Possibly NULL pointer passed to trusted arg0
// CHECK-DAG: error: BPF verifier would reject program 'distribute_tc': calling kernel function bpf_cpumask_any_distribute is not allowed
// CHECK-DAG: error: BPF verifier would reject program 'copy_str_too_big': invalid access to map value, value_size=64 off=0 size=65
// CHECK-DAG: error: BPF verifier would reject program 'copy_str_not_sleepable': program must be sleepable to call sleepable kfunc bpf_copy_from_user_str

// VERDICT:      14 programs
// VERDICT-NEXT: copy_str_map: accept
// VERDICT-NEXT: copy_str_not_sleepable: reject
// VERDICT-NEXT: copy_str_null: accept
// VERDICT-NEXT: copy_str_stack: accept
// VERDICT-NEXT: copy_str_too_big: reject
// VERDICT-NEXT: distribute: accept
// VERDICT-NEXT: distribute_null: reject
// VERDICT-NEXT: distribute_task: accept
// VERDICT-NEXT: distribute_tc: reject
// VERDICT-NEXT: sum_const_map: accept
// VERDICT-NEXT: sum_iter: accept
// VERDICT-NEXT: sum_iter_null: reject
// VERDICT-NEXT: sum_stack: reject
// VERDICT-NEXT: sum_untrusted: reject

// KERNEL-DAG: sum_iter: ours=accept kernel=accept message=n/a
// KERNEL-DAG: sum_iter_null: ours=reject kernel=reject message=match
// KERNEL-DAG: sum_const_map: ours=accept kernel=accept message=n/a
// KERNEL-DAG: sum_stack: ours=reject kernel=reject message=match
// KERNEL-DAG: distribute_tc: ours=reject kernel=reject message=match
// KERNEL-DAG: sum_untrusted: ours=reject kernel=reject message=match
// KERNEL-DAG: distribute: ours=accept kernel=accept message=n/a
// KERNEL-DAG: distribute_null: ours=reject kernel=reject message=match
// KERNEL-DAG: distribute_task: ours=accept kernel=accept message=n/a
// KERNEL-DAG: copy_str_not_sleepable: ours=reject kernel=reject message=match
// KERNEL-DAG: copy_str_stack: ours=accept kernel=accept message=n/a
// KERNEL-DAG: copy_str_map: ours=accept kernel=accept message=n/a
// KERNEL-DAG: copy_str_too_big: ours=reject kernel=reject message=match
// KERNEL-DAG: copy_str_null: ours=accept kernel=accept message=n/a
