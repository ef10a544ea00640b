// bpf_snprintf()'s format is read while verifying and parsed with the
// number of u64 arguments (data_len / 8): text (non-ASCII bytes too, no
// control bytes), "%%", and no more conversions than arguments, each one
// of the kernel's: d i u x X with up to two l's, c, s, p and its pK px ps
// pS pB pks pus pi4 pI4 pi6 pI6 forms; a string or bare pointer
// conversion must be followed by the end, a space or punctuation.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
char LICENSE[] SEC("license") = "GPL";

static char out[64];

#define SNP(name, fmt, n, ...)                                                 \
  SEC("raw_tp/sys_enter") int name(void *ctx) {                               \
    static const char f[] = fmt;                                               \
    __u64 args[n + 1] = {__VA_ARGS__};                                         \
    return bpf_snprintf(out, sizeof(out), f, args, (n) * 8);                   \
  }

SNP(fmt_ints, "%d %5u %-08lx %llX %i %+d %%", 6, 1, 2, 3, 4, 5, 6)
SNP(fmt_ptrs, "%p %pK %px %ps %pS %pB %pI4 %pi6", 8, 1, 2, 3, 4, 5, 6, 7, 8)
SNP(fmt_strs, "%s, %pks. %pus %c", 4, 1, 2, 3, 4)
SNP(fmt_fewer_specs, "%d", 3, 1, 2, 3)
SNP(fmt_too_many_specs, "%d %d", 1, 1)
SNP(fmt_bad_conv, "%f", 1, 1)
SNP(fmt_bad_ptr, "%pd", 1, 1)
SNP(fmt_str_suffix, "%sx", 1, 1)
SNP(fmt_control_char, "a\x01", 0, 0)
SNP(fmt_utf8, "caf\xc3\xa9 %d", 1, 1)
SNP(fmt_three_l, "%llld", 1, 1)
SNP(fmt_trailing_pct, "x%", 1, 1)
SNP(fmt_width_then_p, "%08p!", 1, 1)
SNP(fmt_z, "%zu", 1, 1)
// CHECK-DAG: error: BPF verifier would reject program 'fmt_too_many_specs': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_bad_conv': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_bad_ptr': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_str_suffix': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_control_char': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_three_l': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_trailing_pct': Invalid format string
// CHECK-DAG: error: BPF verifier would reject program 'fmt_z': Invalid format string
// VERDICT:      14 programs
// VERDICT-NEXT: fmt_bad_conv: reject
// VERDICT-NEXT: fmt_bad_ptr: reject
// VERDICT-NEXT: fmt_control_char: reject
// VERDICT-NEXT: fmt_fewer_specs: accept
// VERDICT-NEXT: fmt_ints: accept
// VERDICT-NEXT: fmt_ptrs: accept
// VERDICT-NEXT: fmt_str_suffix: reject
// VERDICT-NEXT: fmt_strs: accept
// VERDICT-NEXT: fmt_three_l: reject
// VERDICT-NEXT: fmt_too_many_specs: reject
// VERDICT-NEXT: fmt_trailing_pct: reject
// VERDICT-NEXT: fmt_utf8: accept
// VERDICT-NEXT: fmt_width_then_p: accept
// VERDICT-NEXT: fmt_z: reject
// KERNEL-DAG: fmt_ints: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_ptrs: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_strs: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_fewer_specs: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_too_many_specs: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_bad_conv: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_bad_ptr: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_str_suffix: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_control_char: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_utf8: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_three_l: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_trailing_pct: ours=reject kernel=reject message=match
// KERNEL-DAG: fmt_width_then_p: ours=accept kernel=accept message=n/a
// KERNEL-DAG: fmt_z: ours=reject kernel=reject message=match
