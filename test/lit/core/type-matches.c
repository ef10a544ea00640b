// bpf_core_type_matches() (CO-RE relocation kind 12), resolved by
// libbpf's type-match relation. The target kernel is first the BTF of this
// file's TARGET part: a struct with one more member matches, one whose int
// member lost its sign does not; a union matches with fewer members; an
// enum with an enumerator the target lacks does not; function prototypes
// and arrays match only with the same parameters and length; behind a
// pointer only a struct's name (without flavor) counts; a missing type is
// 0, never a poisoned instruction. Each program reads address 8, which the
// verifier refuses, unless its type matches. Then the running kernel is
// the target, with types of its own (task_struct's int pid, a pointer
// member, enum bpf_func_id), and the kernel confirms each verdict.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang_bpf_plain -DTARGET -c %s -o %t/target.o
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/target.o -mllvm -verifiable-report=%t/r.json 2>/dev/null
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf && vmlinux-btf %{ %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t/k.o -mllvm -verifiable-target-btf=/sys/kernel/btf/vmlinux -mllvm -verifiable-report=%t/k.json 2>/dev/null && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/k.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#ifdef TARGET
struct a_struct { long extra; int x; };
struct b_struct { unsigned int x; };
union a_union { int y; int z; };
enum an_enum { AN_ENUM_VAL1 = 1, AN_ENUM_VAL2, AN_ENUM_VAL3 };
typedef int (*func_proto_typedef)(long);
typedef char arr_typedef[20];
struct with_ptr { long a; struct a_struct *p; };
struct a_struct t1; struct b_struct t2; union a_union t3; enum an_enum t4;
func_proto_typedef t5; arr_typedef t6; struct with_ptr t7;
#else
struct a_struct___local { int x; };
struct b_struct { int x; };
union a_union { int y; };
enum an_enum { AN_ENUM_VAL1, AN_ENUM_VAL4 };
typedef int (*func_proto_typedef)(long);
typedef int (*func_proto_typedef___bad)(int);
typedef char arr_typedef[20];
typedef char arr_typedef___bad[10];
struct a_struct___other { char c; };
struct with_ptr { struct a_struct___other *p; };
struct missing { int x; };
struct task_struct___min { int pid; };
struct task_struct___bad { unsigned int pid; };
struct mm_struct___x { char c; };
struct task_struct___ptr { struct mm_struct___x *mm; int pid; };
enum bpf_func_id___min { BPF_FUNC_map_lookup_elem___x, BPF_FUNC_unspec };
enum bpf_func_id___bad { BPF_FUNC_no_such_helper };

/* Accepted when T matches in the target kernel; otherwise the program
 * reads address 8 and the verifier refuses it. */
#define EXPECT_MATCH(name, T)                                                  \
  SEC("socket") int name(void *ctx) {                                          \
    if (bpf_core_type_matches(T))                                              \
      return 0;                                                                \
    return *(volatile int *)8;                                                 \
  }

EXPECT_MATCH(struct_extra_member, struct a_struct___local)
EXPECT_MATCH(struct_signedness, struct b_struct)
EXPECT_MATCH(union_member, union a_union)
EXPECT_MATCH(enum_missing_enumerator, enum an_enum)
EXPECT_MATCH(func_proto, func_proto_typedef)
EXPECT_MATCH(func_proto_param, func_proto_typedef___bad)
EXPECT_MATCH(array, arr_typedef)
EXPECT_MATCH(array_length, arr_typedef___bad)
EXPECT_MATCH(pointee_name_only, struct with_ptr)
EXPECT_MATCH(missing_type, struct missing)
EXPECT_MATCH(kernel_task, struct task_struct___min)
EXPECT_MATCH(kernel_task_unsigned_pid, struct task_struct___bad)
EXPECT_MATCH(kernel_task_pointer, struct task_struct___ptr)
EXPECT_MATCH(kernel_enum, enum bpf_func_id___min)
EXPECT_MATCH(kernel_enum_missing, enum bpf_func_id___bad)
#endif
char LICENSE[] SEC("license") = "GPL";

// VERDICT:      15 programs
// VERDICT-NEXT: array: accept
// VERDICT-NEXT: array_length: reject
// VERDICT-NEXT: enum_missing_enumerator: reject
// VERDICT-NEXT: func_proto: accept
// VERDICT-NEXT: func_proto_param: reject
// VERDICT-NEXT: kernel_enum: reject
// VERDICT-NEXT: kernel_enum_missing: reject
// VERDICT-NEXT: kernel_task: reject
// VERDICT-NEXT: kernel_task_pointer: reject
// VERDICT-NEXT: kernel_task_unsigned_pid: reject
// VERDICT-NEXT: missing_type: reject
// VERDICT-NEXT: pointee_name_only: accept
// VERDICT-NEXT: struct_extra_member: accept
// VERDICT-NEXT: struct_signedness: reject
// VERDICT-NEXT: union_member: accept

// KERNEL:      missing_type: ours=reject kernel=reject message=match
// KERNEL-NEXT: kernel_task: ours=accept kernel=accept
// KERNEL-NEXT: kernel_task_unsigned_pid: ours=reject kernel=reject message=match
// KERNEL-NEXT: kernel_task_pointer: ours=accept kernel=accept
// KERNEL-NEXT: kernel_enum: ours=accept kernel=accept
// KERNEL-NEXT: kernel_enum_missing: ours=reject kernel=reject message=match
