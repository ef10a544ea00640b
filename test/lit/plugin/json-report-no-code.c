// A module without code (here a .struct_ops map whose ops have no programs)
// still gets its -verifiable-report file, with no programs, so a build rule
// that depends on the file does not break.
// RUN: rm -f %t.json
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-report=%t.json
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1])); print('programs', len(r['programs']))" %t.json | FileCheck %s
// CHECK: programs 0
struct some_ops {
  char name[16];
};

__attribute__((section(".struct_ops.link"), used)) struct some_ops ops = {
    .name = "none",
};
char LICENSE[] __attribute__((section("license"), used)) = "GPL";
