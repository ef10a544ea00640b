// bpf_strncmp()'s third argument is ARG_PTR_TO_CONST_STR: the kernel reads
// the string while verifying, so it must lie in a map libbpf froze
// read-only (.rodata, where literals go; not .data, not a map merely
// created with BPF_F_RDONLY_PROG, not the stack), at a constant offset, and
// end with a NUL before the end of the map's value.
// RUN: not %clang_bpf -ferror-limit=0 -c %s -o %t.o -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

char comm[16];
const char want[] = "systemd";
char writable[] = "systemd";
const char unterminated[4] SEC(".rodata.unterminated") = {'a', 'b', 'c', 'd'};
const char names[2][8] = {"init", "kthread"};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __uint(map_flags, BPF_F_RDONLY_PROG);
  __type(key, __u32);
  __type(value, char[8]);
} rdonly_prog SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int literal_ok(void *ctx) {
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), "bash") == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int rodata_ok(void *ctx) {
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), want) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int data_refused(void *ctx) {
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), writable) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int stack_refused(void *ctx) {
  char s[8] = "bash";
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), s) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int variable_offset(void *ctx) {
  __u32 i = bpf_get_prandom_u32() & 1;
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), names[i]) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int unterminated_refused(void *ctx) {
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), unterminated) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int rdonly_prog_map(void *ctx) {
  __u32 k = 0;
  char *s = bpf_map_lookup_elem(&rdonly_prog, &k);
  if (!s) return 0;
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), s) == 0;
}
SEC("tracepoint/syscalls/sys_enter_execve")
int second_name_ok(void *ctx) {
  bpf_get_current_comm(comm, sizeof(comm));
  return bpf_strncmp(comm, sizeof(comm), names[1]) == 0;
}
// CHECK-DAG: error: BPF verifier would reject program 'data_refused': R3 does not point to a readonly map'
// CHECK-DAG: error: BPF verifier would reject program 'stack_refused': R3 type=fp expected=map_value
// CHECK-DAG: error: BPF verifier would reject program 'variable_offset': R3 is not a constant address'
// CHECK-DAG: error: BPF verifier would reject program 'unterminated_refused': string is not zero-terminated
// CHECK-DAG: error: BPF verifier would reject program 'rdonly_prog_map': R3 does not point to a readonly map'

// VERDICT:      8 programs
// VERDICT-NEXT: data_refused: reject
// VERDICT-NEXT: literal_ok: accept
// VERDICT-NEXT: rdonly_prog_map: reject
// VERDICT-NEXT: rodata_ok: accept
// VERDICT-NEXT: second_name_ok: accept
// VERDICT-NEXT: stack_refused: reject
// VERDICT-NEXT: unterminated_refused: reject
// VERDICT-NEXT: variable_offset: reject

// KERNEL-DAG: literal_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: rodata_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: second_name_ok: ours=accept kernel=accept message=n/a
// KERNEL-DAG: data_refused: ours=reject kernel=reject message=match
// KERNEL-DAG: stack_refused: ours=reject kernel=reject message=match
// KERNEL-DAG: variable_offset: ours=reject kernel=reject message=match
// KERNEL-DAG: unterminated_refused: ours=reject kernel=reject message=match
// KERNEL-DAG: rdonly_prog_map: ours=reject kernel=reject message=match
