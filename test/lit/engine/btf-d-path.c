// bpf_d_path is allowed only where the kernel's bpf_d_path_allowed() says:
// iterators, LSM programs on a sleepable hook, and fentry/fexit/fmod_ret
// programs on the functions of its btf_allowlist_d_path; elsewhere it is
// `helper call is not allowed in probe`. The tp_btf and iterator programs
// are checked against the 6.18 kernel; the kernel here refuses fentry and
// LSM programs before verifying them (their expectations are the 6.12
// sources' and the selftests' verifier_d_path.c annotations).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";
char buf[64];

SEC("tp_btf/sched_switch") int tp_btf_refused(u64 *ctx) {
  struct task_struct *t = (void *)ctx[1];
  bpf_d_path(&t->fs->root, buf, sizeof(buf));
  return 0;
}
SEC("iter/task_file") int iter_allowed(struct bpf_iter__task_file *ctx) {
  struct file *f = ctx->file;
  if (f)
    bpf_d_path((struct path *)&f->f_path, buf, sizeof(buf));
  return 0;
}
// vfs_getattr(const struct path *path, struct kstat *stat, ...)
SEC("fentry/vfs_getattr") int fentry_allowed(u64 *ctx) {
  bpf_d_path((struct path *)ctx[0], buf, sizeof(buf));
  return 0;
}
SEC("fentry/vfs_read") int fentry_refused(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  bpf_d_path((struct path *)&f->f_path, buf, sizeof(buf));
  return 0;
}
// An LSM program on a sleepable hook, sleepable or not.
SEC("lsm/file_open") int lsm_allowed(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  bpf_d_path((struct path *)&f->f_path, buf, sizeof(buf));
  return 0;
}
SEC("lsm/file_free_security") int lsm_refused(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  bpf_d_path((struct path *)&f->f_path, buf, sizeof(buf));
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'tp_btf_refused': helper call is not allowed in probe
// CHECK-DAG: error: BPF verifier would reject program 'fentry_refused': helper call is not allowed in probe
// CHECK-DAG: error: BPF verifier would reject program 'lsm_refused': helper call is not allowed in probe

// VERDICT:      6 programs
// VERDICT-NEXT: fentry_allowed: accept
// VERDICT-NEXT: fentry_refused: reject
// VERDICT-NEXT: iter_allowed: accept
// VERDICT-NEXT: lsm_allowed: accept
// VERDICT-NEXT: lsm_refused: reject
// VERDICT-NEXT: tp_btf_refused: reject

// KERNEL-DAG: tp_btf_refused: ours=reject kernel=reject message=match
// KERNEL-DAG: iter_allowed: ours=accept kernel=accept message=n/a
