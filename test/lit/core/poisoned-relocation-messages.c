// libbpf's words for the CO-RE relocations it cannot resolve. The target
// kernel is the BTF of this file's TARGET part (an object plain clang
// builds): the array a is shorter, b has one row, the bitfield ub2 and
// the field a of core_reloc_ptr_as_arr are gone, the enums lack their
// first enumerator, and struct gone is missing altogether. libbpf poisons
// each such instruction and rewrites the kernel's "invalid func
// unknown#195896080" into "failed to resolve CO-RE relocation <spec>":
// the kind, the root type's id in the object's own BTF (checked against
// bpftool below), and the access: members, array indexes (a first index
// only above 0), the raw access string and the byte offset (with the bit
// offset when not byte aligned); enumerators with their value, signed or
// not as the enum is. Type relocations (bpf_core_type_exists/size) of a
// missing type are 0, never poisoned. The running kernel has none of
// these types, so the same programs are refused with the same messages
// when it is the target, which the kernel confirms.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang_bpf_plain -DTARGET -c %s -o %t/target.o
// RUN: not %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/target.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t/w.o -mllvm -verifiable-target-btf=%t/target.o 2>/dev/null
// RUN: %bpftool btf dump file %t/w.o | FileCheck %s --check-prefix=BTF
// RUN: %if kernel-bpf && vmlinux-btf %{ %clang_bpf -mllvm -verifiable-severity=warning -c %s -o %t/k.o -mllvm -verifiable-target-btf=/sys/kernel/btf/vmlinux -mllvm -verifiable-report=%t/k.json 2>/dev/null && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/k.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#ifdef TARGET
struct core_reloc_arrays { int a[2]; char b[1][3]; };
struct core_reloc_bitfields { __u8 ub1: 1; __u32 ub7: 7; };
struct core_reloc_ptr_as_arr { int b; };
enum named_enum { NAMED_ENUM_VAL2 = 2 };
enum named_unsigned_enum64 { UNSIGNED_ENUM64_VAL2 = 0x2ffffffffULL };
enum named_signed_enum { SIGNED_VAL2 = -2 };
struct core_reloc_arrays a;
struct core_reloc_bitfields b;
struct core_reloc_ptr_as_arr c;
enum named_enum d;
enum named_unsigned_enum64 e;
enum named_signed_enum f;
#else
struct core_reloc_arrays { int a[5]; char b[2][3]; } __attribute__((preserve_access_index));
struct core_reloc_bitfields { __u8 ub1: 1; __u8 ub2: 2; __u32 ub7: 7; } __attribute__((preserve_access_index));
struct core_reloc_ptr_as_arr { int a; } __attribute__((preserve_access_index));
struct gone { int x; int y; } __attribute__((preserve_access_index));
enum named_enum { NAMED_ENUM_VAL1 = 1, NAMED_ENUM_VAL2 = 2 };
enum named_unsigned_enum64 { UNSIGNED_ENUM64_VAL1 = 0x1ffffffffULL, UNSIGNED_ENUM64_VAL2 = 0x2ffffffffULL };
enum named_signed_enum { SIGNED_VAL1 = -5, SIGNED_VAL2 = -2 };

SEC("socket") int array_index(void *ctx) {
  return __builtin_preserve_field_info(((struct core_reloc_arrays *)0)->a[2], 0);
}
// CHECK: poisoned-relocation-messages.c:[[@LINE-2]]:3: error: BPF verifier would reject program 'array_index': failed to resolve CO-RE relocation <byte_off> [5] struct core_reloc_arrays.a[2] (0:0:2 @ offset 8)
SEC("socket") int nested_array(void *ctx) {
  return __builtin_preserve_field_info(((struct core_reloc_arrays *)0)->b[1][2], 1);
}
// CHECK: poisoned-relocation-messages.c:[[@LINE-2]]:3: error: BPF verifier would reject program 'nested_array': failed to resolve CO-RE relocation <byte_sz> [5] struct core_reloc_arrays.b[1][2] (0:1:1:2 @ offset 25)
SEC("socket") int bitfield(void *ctx) {
  return __builtin_preserve_field_info(((struct core_reloc_bitfields *)0)->ub2, 5);
}
// CHECK: poisoned-relocation-messages.c:[[@LINE-2]]:3: error: BPF verifier would reject program 'bitfield': failed to resolve CO-RE relocation <rshift_u64> [15] struct core_reloc_bitfields.ub2 (0:1 @ offset 0.1)
SEC("socket") int pointer_as_array(void *ctx) {
  return __builtin_preserve_field_info(((struct core_reloc_ptr_as_arr *)0)[2].a, 0);
}
// CHECK: poisoned-relocation-messages.c:[[@LINE-2]]:3: error: BPF verifier would reject program 'pointer_as_array': failed to resolve CO-RE relocation <byte_off> [22] struct core_reloc_ptr_as_arr[2].a (2:0 @ offset 8)
SEC("socket") int missing_enumerator(void *ctx) {
  return bpf_core_enum_value(enum named_enum, NAMED_ENUM_VAL1);
}
// CHECK: error: BPF verifier would reject program 'missing_enumerator': failed to resolve CO-RE relocation <enumval_value> [25] enum named_enum::NAMED_ENUM_VAL1 = 1
SEC("socket") int missing_enumerator64(void *ctx) {
  return bpf_core_enum_value(enum named_unsigned_enum64, UNSIGNED_ENUM64_VAL1) != 0;
}
// CHECK: error: BPF verifier would reject program 'missing_enumerator64': failed to resolve CO-RE relocation <enumval_value> [28] enum64 named_unsigned_enum64::UNSIGNED_ENUM64_VAL1 = 8589934591
SEC("socket") int missing_signed_enumerator(void *ctx) {
  return bpf_core_enum_value(enum named_signed_enum, SIGNED_VAL1);
}
// CHECK: error: BPF verifier would reject program 'missing_signed_enumerator': failed to resolve CO-RE relocation <enumval_value> [31] enum named_signed_enum::SIGNED_VAL1 = -5
SEC("socket") int missing_type_field(void *ctx) {
  return __builtin_preserve_field_info(((struct gone *)0)->y, 1);
}
// CHECK: poisoned-relocation-messages.c:[[@LINE-2]]:3: error: BPF verifier would reject program 'missing_type_field': failed to resolve CO-RE relocation <byte_sz> [34] struct gone.y (0:1 @ offset 4)
SEC("socket") int missing_type(void *ctx) {
  return bpf_core_type_exists(struct gone) + bpf_core_type_size(struct gone);
}
#endif
char LICENSE[] SEC("license") = "GPL";

// VERDICT:      9 programs
// VERDICT-NEXT: array_index: reject
// VERDICT-NEXT: bitfield: reject
// VERDICT-NEXT: missing_enumerator: reject
// VERDICT-NEXT: missing_enumerator64: reject
// VERDICT-NEXT: missing_signed_enumerator: reject
// VERDICT-NEXT: missing_type: accept
// VERDICT-NEXT: missing_type_field: reject
// VERDICT-NEXT: nested_array: reject
// VERDICT-NEXT: pointer_as_array: reject

// KERNEL-COUNT-8: ours=reject kernel=reject message=match
// KERNEL: missing_type: ours=accept kernel=accept

// BTF-DAG: [5] STRUCT 'core_reloc_arrays'
// BTF-DAG: [15] STRUCT 'core_reloc_bitfields'
// BTF-DAG: [22] STRUCT 'core_reloc_ptr_as_arr'
// BTF-DAG: [25] ENUM 'named_enum'
// BTF-DAG: [28] ENUM64 'named_unsigned_enum64'
// BTF-DAG: [31] ENUM 'named_signed_enum'
// BTF-DAG: [34] STRUCT 'gone'
