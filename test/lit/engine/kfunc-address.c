// bpf_ksym_exists(kfunc) compiles to an ld_imm64 of the kfunc's address.
// libbpf hands the kernel the kfunc's BTF id, and the verifier gives the
// register read-only memory of size 0 that is never NULL, so the test is
// decided and the other branch is dead; a weak kfunc the kernel lacks
// loads as 0. (tetragon guards bpf_strncasestr() and
// bpf_copy_from_user_str() this way.) Checked against the 6.18 kernel.
// REQUIRES: vmlinux-btf
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern void bpf_rcu_read_lock(void) __weak __ksym;
extern void bpf_rcu_read_unlock(void) __weak __ksym;
extern void bpf_no_such_kfunc_here(void) __weak __ksym;

SEC("kprobe") int present_check(void *ctx) {
  if (bpf_rcu_read_lock) {
    bpf_rcu_read_lock();
    bpf_rcu_read_unlock();
    return 1;
  }
  return 0;
}
SEC("kprobe") int absent_check(void *ctx) {
  if (bpf_no_such_kfunc_here) {
    bpf_no_such_kfunc_here();
    return 1;
  }
  return 0;
}
SEC("kprobe") int present_skips_dead_branch(void *ctx) {
  if (!bpf_rcu_read_lock)
    return bpf_redirect(0, 0);
  return 0;
}
SEC("kprobe") int absent_takes_branch(void *ctx) {
  if (!bpf_no_such_kfunc_here)
    return bpf_redirect(0, 0);
  return 0;
}
SEC("kprobe") int present_deref(void *ctx) {
  return *(volatile char *)bpf_rcu_read_lock;
}
SEC("kprobe") int absent_deref(void *ctx) {
  return *(volatile char *)bpf_no_such_kfunc_here;
}
// CHECK-DAG: error: BPF verifier would reject program 'absent_takes_branch': program of this type cannot use helper bpf_redirect#23
// CHECK-DAG: error: BPF verifier would reject program 'present_deref': invalid access to memory, mem_size=0 off=0 size=1
// CHECK-DAG: error: BPF verifier would reject program 'absent_deref': R1 invalid mem access 'scalar'
// VERDICT:      6 programs
// VERDICT-NEXT: absent_check: accept
// VERDICT-NEXT: absent_deref: reject
// VERDICT-NEXT: absent_takes_branch: reject
// VERDICT-NEXT: present_check: accept
// VERDICT-NEXT: present_deref: reject
// VERDICT-NEXT: present_skips_dead_branch: accept
// KERNEL-DAG: present_check: ours=accept kernel=accept message=n/a
// KERNEL-DAG: absent_check: ours=accept kernel=accept message=n/a
// KERNEL-DAG: present_skips_dead_branch: ours=accept kernel=accept message=n/a
// KERNEL-DAG: absent_takes_branch: ours=reject kernel=reject message=match
// KERNEL-DAG: present_deref: ours=reject kernel=reject message=match
// KERNEL-DAG: absent_deref: ours=reject kernel=reject message=match
