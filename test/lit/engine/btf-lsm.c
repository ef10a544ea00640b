// LSM programs (lsm/X, lsm.s/X): the context is one u64 slot per argument
// of the hook bpf_lsm_X, then its return value, which reads as a number in
// the hook's return range; pointer arguments are trusted except for the
// hooks the kernel lists as untrusted; an int hook's program returns 0 or
// an error ([-4095, 0], or [0, 1] for the hooks that answer yes or no),
// judged on R0's 32-bit value; a void hook's program may return anything.
// The kernel on the development machines refuses LSM programs with EPERM
// before verifying them, so these expectations are the kernel source's
// (Linux 6.12: btf_ctx_access(), check_return_code(), kernel/bpf/bpf_lsm.c)
// and agree with the selftests' annotations (docs/selftests.md).
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json -Rpass-analysis=verifiable 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, long);
} st SEC(".maps");

long sink;

// file_open(struct file *file) returns int.
SEC("lsm/file_open") int errno_ok(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  return f->f_flags & 1 ? -1 : 0;
}
SEC("lsm/file_open") int returns_1(u64 *ctx) { return 1; }
SEC("lsm/file_open") int returns_retval(u64 *ctx) {
  int ret = ctx[1];
  return ret;
}
SEC("lsm/file_open") int past_retval(u64 *ctx) {
  sink = ctx[2];
  return 0;
}
SEC("lsm/file_open") int arg_write(u64 *ctx) {
  struct file *f = (void *)ctx[0];
  f->f_flags = 0;
  return 0;
}
// Only the low 32 bits of R0 are checked (`return -1` from an int is
// 0xffffffff in R0: in range for file_open, not for a yes-or-no hook).
SEC("lsm/file_open") int returns_low_bits(u64 *ctx) {
  return (long)bpf_get_prandom_u32() << 32;
}
// A trusted argument, accepted by helpers.
SEC("lsm/task_alloc") int trusted_arg(u64 *ctx) {
  struct task_struct *t = (void *)ctx[0];
  long *v = bpf_task_storage_get(&st, t, 0, 0);
  return v ? 0 : -1;
}
// task_free is void and its argument not trusted: a plain pointer, which
// helpers take (kfuncs that need a trusted one do not).
SEC("lsm/task_free") int void_hook_any(u64 *ctx) { return 5; }
SEC("lsm/task_free") int plain_arg(u64 *ctx) {
  struct task_struct *t = (void *)ctx[0];
  sink = (long)bpf_task_storage_get(&st, t, 0, 0);
  return 0;
}
SEC("lsm/task_free") int void_retval(u64 *ctx) {
  sink = ctx[1];
  return 0;
}
// inode_xattr_skipcap answers yes or no.
SEC("lsm/inode_xattr_skipcap") int bool_hook(u64 *ctx) { return 1; }
SEC("lsm/inode_xattr_skipcap") int bool_hook_errno(u64 *ctx) { return -1; }
// Helpers that may sleep need lsm.s on a sleepable hook.
SEC("lsm/file_open") int sleeps(u64 *ctx) {
  char buf[8];
  bpf_copy_from_user(buf, sizeof(buf), (void *)ctx[0]);
  return 0;
}
SEC("lsm.s/file_open") int sleepable(u64 *ctx) {
  char buf[8];
  bpf_copy_from_user(buf, sizeof(buf), (void *)ctx[0]);
  return 0;
}

// Unknown: a hook not in 6.12's sleepable list, a disabled hook, a missing
// one, lsm_cgroup.
SEC("lsm.s/task_free") int not_sleepable_hook(u64 *ctx) { return 0; }
SEC("lsm/vm_enough_memory") int disabled_hook(u64 *ctx) { return 0; }
SEC("lsm/no_such_hook") int missing_hook(u64 *ctx) { return 0; }
SEC("lsm_cgroup/socket_bind") int lsm_cgroup(u64 *ctx) { return 1; }

// CHECK-DAG: error: BPF verifier would reject program 'returns_1': At program exit the register R0 has smin=1 smax=1 should have been in [-4095, 0]
// CHECK-DAG: error: BPF verifier would reject program 'past_retval': func 'bpf_lsm_file_open' doesn't have 3-th argument
// CHECK-DAG: error: BPF verifier would reject program 'arg_write': only read is supported
// CHECK-DAG: error: BPF verifier would reject program 'void_retval': func 'bpf_lsm_task_free' doesn't have 3-th argument
// CHECK-DAG: error: BPF verifier would reject program 'bool_hook_errno': At program exit the register R0 has smin=4294967295 smax=4294967295 should have been in [0, 1]
// CHECK-DAG: error: BPF verifier would reject program 'sleeps': helper call might sleep in a non-sleepable prog
// CHECK-DAG: remark: {{.*}}'not_sleepable_hook'{{.*}}LSM hook 'task_free' is not in Linux 6.12's list of sleepable hooks (lsm.s)
// CHECK-DAG: remark: {{.*}}'disabled_hook'{{.*}}'bpf_lsm_vm_enough_memory' is not an LSM hook BPF may attach to
// CHECK-DAG: remark: {{.*}}'missing_hook'{{.*}}attach target 'no_such_hook' (function bpf_lsm_no_such_hook) is not in the target kernel's BTF
// CHECK-DAG: remark: {{.*}}'lsm_cgroup'{{.*}}lsm_cgroup programs (their helpers and return rules) are not modelled

// VERDICT:      18 programs
// VERDICT-NEXT: arg_write: reject
// VERDICT-NEXT: bool_hook: accept
// VERDICT-NEXT: bool_hook_errno: reject
// VERDICT-NEXT: disabled_hook: unknown
// VERDICT-NEXT: errno_ok: accept
// VERDICT-NEXT: lsm_cgroup: unknown
// VERDICT-NEXT: missing_hook: unknown
// VERDICT-NEXT: not_sleepable_hook: unknown
// VERDICT-NEXT: past_retval: reject
// VERDICT-NEXT: plain_arg: accept
// VERDICT-NEXT: returns_1: reject
// VERDICT-NEXT: returns_low_bits: accept
// VERDICT-NEXT: returns_retval: accept
// VERDICT-NEXT: sleepable: accept
// VERDICT-NEXT: sleeps: reject
// VERDICT-NEXT: trusted_arg: accept
// VERDICT-NEXT: void_hook_any: accept
// VERDICT-NEXT: void_retval: reject
