// -verifiable-report=FILE writes valid JSON with one record per program:
// name, section, verdict, message, location and processed instructions.
// RUN: not %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r['programs'])); [print(p['name'], p['section'], p['verdict'], p['line'], p['processed_insns'] > 0) for p in r['programs']]" %t.json | FileCheck %s
// CHECK: 2
// CHECK-DAG: good xdp accept 0 True
// CHECK-DAG: bad tc reject 27 True
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, int);
} m SEC(".maps");

SEC("xdp") int good(struct xdp_md *ctx) {
  int k = 1;
  int *v = bpf_map_lookup_elem(&m, &k);
  return v ? *v : 0;
}

SEC("tc") int bad(struct __sk_buff *skb) {
  int k = 1;
  int *v = bpf_map_lookup_elem(&m, &k);
  return *v;
}

char LICENSE[] SEC("license") = "GPL";
