// Looks up task-local storage of the switched-out task's parent: `parent` is
// not a field the kernel trusts, and bpf_task_storage_get refuses an
// untrusted pointer (real_parent would be accepted).
// Class: btf-pointers
// Kernel: reject: R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
  __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, u64);
} bp_parent_count SEC(".maps");

SEC("tp_btf/sched_switch")
int BPF_PROG(bp_storage_untrusted_parent, bool preempt,
             struct task_struct *prev) {
  u64 *count = bpf_task_storage_get(&bp_parent_count, prev->parent, 0,
                                    BPF_LOCAL_STORAGE_GET_F_CREATE);
  if (count)
    *count += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
