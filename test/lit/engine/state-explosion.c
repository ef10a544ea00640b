// A program whose paths double at every branch and never meet again (each
// path carries a different index, so nothing can be pruned): the engine
// stops at the instruction budget with `unknown` (the kernel gives up too,
// with "BPF program is too large"), within a memory cap, never exhausting
// the machine. The file is generated: 30 branches, 2^30 paths.
// The sanitizers reserve more address space than the cap allows.
// UNSUPPORTED: sanitizer
// RUN: python3 %s.py > %t.c
// RUN: ulimit -v 2000000 && %clang_bpf -c %t.c -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json
// RUN: %verdicts %t.json | FileCheck %s
// CHECK:      1 programs
// CHECK-NEXT: explode: unknown
