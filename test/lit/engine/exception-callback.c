// The function an "exception_callback:<name>" decl tag on the entry names
// is the program's exception callback: libbpf (1.3 and later) appends it
// after everything the program calls, and the kernel verifies it on its own
// with the cookie in R1, as a callback. Its own errors count, and like in
// any callback (here of bpf_loop), bpf_throw is refused there, by the
// kernel's walk over the call graph after verification.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s --implicit-check-not=warning:
// The machines' loader, libbpf 1.1, does not append the callback, so the
// kernel stops before verifying it ("exception callback type id not found
// in func_info"): bpf-kernel-check reports those programs skipped, with the
// loader as the reason.
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && FileCheck %s --check-prefix=KERNEL < %t.k.jsonl %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;

__attribute__((noinline)) int rethrow(__u64 cookie) {
  bpf_throw(cookie);
  return 0;
}

SEC("tc")
__attribute__((btf_decl_tag("exception_callback:rethrow")))
int throws_in_exception_cb(struct __sk_buff *skb) {
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'throws_in_exception_cb': bpf_throw kfunc (insn {{[0-9]+}}) cannot be called from callback subprog 1

__attribute__((noinline)) int deref_cookie(__u64 cookie) {
  return *(int *)cookie;
}

SEC("tc")
__attribute__((btf_decl_tag("exception_callback:deref_cookie")))
int exception_cb_reads_scalar(struct __sk_buff *skb) {
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'exception_cb_reads_scalar': R1 invalid mem access 'scalar'

static int give_up(__u32 index, void *ctx) {
  bpf_throw(1);
  return 0;
}

SEC("tc") int throws_in_loop_cb(struct __sk_buff *skb) {
  bpf_loop(2, give_up, 0, 0);
  return 0;
}
// CHECK-DAG: warning: BPF verifier would reject program 'throws_in_loop_cb': bpf_throw kfunc (insn 9) cannot be called from callback subprog 1

// KERNEL-DAG: "name": "throws_in_exception_cb", {{.*}}"verdict": "skipped", "reason": "loader: libbpf 1.1 leaves out the exception callback
// KERNEL-DAG: "name": "exception_cb_reads_scalar", {{.*}}"verdict": "skipped", "reason": "loader: libbpf 1.1 leaves out the exception callback
// KERNEL-DAG: "name": "throws_in_loop_cb", {{.*}}"verdict": "reject", "reason": null, "errno": "EINVAL", "message": "bpf_throw kfunc (insn 9) cannot be called from callback subprog 1"
char LICENSE[] SEC("license") = "GPL";
