// What the engine does not model is `unknown` with a remark saying why,
// never an accept: an unmodelled program type, and a helper without a model.
// RUN: %clang_bpf -c %s -o %t.o -Rpass-analysis=verifiable -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %python -c "import json,sys; [print(p['name'], p['verdict']) for p in json.load(open(sys.argv[1]))['programs']]" %t.json | FileCheck %s --check-prefix=JSON
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'odd_section': section 'not_a_known_section' does not name a program type libbpf knows
// CHECK-DAG: remark: cannot predict the verifier's verdict on program 'freplace_prog': program type
// JSON-DAG: odd_section unknown
// JSON-DAG: freplace_prog unknown
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("not_a_known_section") int odd_section(void *ctx) { return 0; }

SEC("freplace/handler") int freplace_prog(void *ctx) { return 0; }

char LICENSE[] SEC("license") = "GPL";
