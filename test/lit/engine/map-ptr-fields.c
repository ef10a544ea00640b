// Loads through a map pointer read the kernel's struct bpf_map (through
// its BTF, check_ptr_to_map_access()), which the engine does not model:
// the verdict is unknown, never a rejection of a load the kernel allows.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} sized SEC(".maps");

struct map_head {
  char ops[8];
  char inner_map_meta[8];
  char security[8];
  __u32 map_type;
  __u32 key_size;
  __u32 value_size;
  __u32 max_entries;
};

SEC("cgroup_skb/egress") int map_ptr_fields(struct __sk_buff *skb) {
  struct map_head *m = (struct map_head *)&sized;
  return m->max_entries == 4;
}
// CHECK: remark: cannot predict the verifier's verdict on program 'map_ptr_fields': access through a map pointer (its struct bpf_map fields) is not modelled

// VERDICT:      1 programs
// VERDICT-NEXT: map_ptr_fields: unknown
char LICENSE[] SEC("license") = "GPL";
