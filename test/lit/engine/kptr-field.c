// A kptr field of a map value (a pointer tagged `kptr`) holds a kernel
// struct pointer that the kernel types through the target kernel's BTF
// (engine/kptr-xchg.c); without that BTF, touching it is unknown (it read
// as a number once, which rejected programs the kernel accepts). The
// value's other fields are checked as always.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -mllvm -verifiable-target-btf=none -c %s -o %t.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
struct task_struct;

struct slot {
  long hits;
  struct task_struct __kptr *owner;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct slot);
} slots SEC(".maps");

SEC("tc") int kptr_other_field(struct __sk_buff *skb) {
  int key = 0;
  struct slot *s = bpf_map_lookup_elem(&slots, &key);
  if (s)
    s->hits++;
  return 0;
}

SEC("tc") int kptr_load(struct __sk_buff *skb) {
  int key = 0;
  struct slot *s = bpf_map_lookup_elem(&slots, &key);
  if (!s)
    return 0;
  struct task_struct *t = s->owner;
  return t != 0;
}
// CHECK: remark: cannot predict the verifier's verdict on program 'kptr_load': the kptr field at offset 8 holds a kernel struct pointer, typed by the target kernel's BTF, which is not available (-verifiable-target-btf)

// VERDICT:      2 programs
// VERDICT-NEXT: kptr_load: unknown
// VERDICT-NEXT: kptr_other_field: accept
char LICENSE[] SEC("license") = "GPL";
