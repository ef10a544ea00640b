// Loaded into an x86-64 compile, the plugin does nothing: no remark, and
// the object is byte-identical to one built without it.
// RUN: %clang -target x86_64-linux-gnu -O2 -g -c %s -o %t.plain.o
// RUN: %clang -target x86_64-linux-gnu -O2 -g -fpass-plugin=%plugin -Rpass-analysis=verifiable -Rpass=verifiable -c %s -o %t.plugin.o 2>&1 | count 0
// RUN: cmp %t.plain.o %t.plugin.o
int square(int x) { return x * x; }
