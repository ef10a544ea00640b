// bpf_strnstr() (6.17): both strings are `__ign` arguments, which the
// verifier does not check at all (the kfunc copies from them with
// fault-safe reads), so a scalar passes too; the length is a scalar and
// the result an int. It is in the common kfunc set: a socket filter may
// call it. tetragon's string filters call it behind bpf_ksym_exists().
// Checked against the 6.18 kernel.
// REQUIRES: vmlinux-btf
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_strnstr(const char *s1__ign, const char *s2__ign,
                       unsigned long len) __weak __ksym;

const char hay[16] = "hello world";

SEC("socket") int socket_strnstr(void *ctx) {
  return bpf_strnstr(hay, "wor", sizeof(hay)) > 0;
}
SEC("kprobe") int kprobe_strnstr(void *ctx) {
  return bpf_strnstr(hay, "wor", sizeof(hay)) > 0;
}
SEC("kprobe") int scalar_string(void *ctx) {
  return bpf_strnstr((const char *)12345, "wor", 16) > 0;
}
SEC("kprobe") int result_is_not_a_pointer(void *ctx) {
  long r = bpf_strnstr(hay, "wor", sizeof(hay));
  return *(volatile char *)r;
}
SEC("kprobe") int length_not_a_scalar(void *ctx) {
  return bpf_strnstr(hay, "wor", (unsigned long)hay) > 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'result_is_not_a_pointer': R1 invalid mem access 'scalar'
// CHECK-DAG: error: BPF verifier would reject program 'length_not_a_scalar': R3 is not a scalar
// VERDICT:      5 programs
// VERDICT-NEXT: kprobe_strnstr: accept
// VERDICT-NEXT: length_not_a_scalar: reject
// VERDICT-NEXT: result_is_not_a_pointer: reject
// VERDICT-NEXT: scalar_string: accept
// VERDICT-NEXT: socket_strnstr: accept
// KERNEL-DAG: socket_strnstr: ours=accept kernel=accept message=n/a
// KERNEL-DAG: kprobe_strnstr: ours=accept kernel=accept message=n/a
// KERNEL-DAG: scalar_string: ours=accept kernel=accept message=n/a
// KERNEL-DAG: result_is_not_a_pointer: ours=reject kernel=reject message=match
// KERNEL-DAG: length_not_a_scalar: ours=reject kernel=reject message=match
