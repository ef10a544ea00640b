// An untyped __ksym variable is a kernel address that libbpf finds in
// /proc/kallsyms and loads as a number: never 0 when the kernel has the
// symbol, 0 for a weak one it lacks, and a strong one it lacks fails the
// whole load.
// REQUIRES: vmlinux-btf
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --allow-empty --implicit-check-not=warning:
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
//
// Another target kernel: its symbol table is unknown, so is the address.
// RUN: %clang_bpf -mllvm -verifiable-transforms=false -mllvm -verifiable-target-btf=none -c %s -o %t.u.o -mllvm -verifiable-severity=warning 2>&1 | FileCheck %s --check-prefix=UNTARGETED
//
// RUN: %clang_bpf -DSTRONG_MISSING -mllvm -verifiable-transforms=false -c %s -o %t.s.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.s.json 2>&1 | FileCheck %s --check-prefix=STRONG
// RUN: %if kernel-bpf %{ %clang_bpf_plain -DSTRONG_MISSING -c %s -o %t.ks.o && %bpf-kernel-check %t.ks.o > %t.ks.jsonl && %kernel_agrees %t.s.json %t.ks.jsonl | FileCheck %s --check-prefix=KSTRONG %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern const void bpf_prog_put __ksym;
extern const void verifiable_no_such_symbol __ksym __weak;
#ifdef STRONG_MISSING
extern const void verifiable_strong_missing __ksym;
#endif

SEC("xdp") int ks_present(struct xdp_md *ctx) {
  char buf[8];
  unsigned long addr = (unsigned long)&bpf_prog_put;
  // The address is never 0: the uninitialised read never happens.
  if (!addr)
    return buf[2];
  return XDP_PASS;
}

SEC("xdp") int ks_weak_absent(struct xdp_md *ctx) {
  unsigned long addr = (unsigned long)&verifiable_no_such_symbol;
  // 0 on this kernel: the kernel never sees the dereference of a number.
  if (addr)
    return *(volatile char *)addr;
  return XDP_PASS;
}
// UNTARGETED: warning: BPF verifier would reject program 'ks_weak_absent': R1 invalid mem access 'scalar'

SEC("xdp") int ks_probe_read(struct xdp_md *ctx) {
  long v = 0;
  bpf_probe_read_kernel(&v, sizeof(v), &bpf_prog_put);
  return v & 1;
}

#ifdef STRONG_MISSING
SEC("xdp") int ks_strong(struct xdp_md *ctx) {
  return (unsigned long)&verifiable_strong_missing & 1;
}
#endif

char LICENSE[] SEC("license") = "GPL";

// VERDICT:      3 programs
// VERDICT-NEXT: ks_present: accept
// VERDICT-NEXT: ks_probe_read: accept
// VERDICT-NEXT: ks_weak_absent: accept

// KERNEL-DAG: ks_present: ours=accept kernel=accept
// KERNEL-DAG: ks_weak_absent: ours=accept kernel=accept
// KERNEL-DAG: ks_probe_read: ours=accept kernel=accept

// STRONG-COUNT-4: warning: libbpf would fail to load program '{{ks_[a-z_]+}}': extern 'verifiable_strong_missing' (strong): not resolved
// KSTRONG-COUNT-4: ours=libbpf-reject kernel=libbpf-reject message=match
