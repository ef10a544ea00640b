// What the target BTF can be, and what happens when it cannot be read.
// An ELF object with a .BTF section (like BTFHub's files) is a target like
// raw BTF: here an object whose struct __sk_buff has mark at offset 4.
// Without a target BTF (`none`), with a corrupt file or a missing one, a
// program with a CO-RE relocation is unknown, with a remark that says why
// and which option settles it, and the compile goes on; the report says
// which BTF was (not) used. A program without CO-RE relocations never
// reads the target BTF ("unused").
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang_bpf_plain -DTARGET_LAYOUT -c %s -o %t/target.o
// RUN: %clang_bpf -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/target.o -mllvm -verifiable-log=%t/elf.log -mllvm -verifiable-report=%t/elf.json
// RUN: FileCheck %s --check-prefix=ELF < %t/elf.log
// RUN: FileCheck %s --check-prefix=ELF-REPORT < %t/elf.json
// RUN: %clang_bpf -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-target-btf=none -mllvm -verifiable-report=%t/none.json 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: %verdicts %t/none.json | FileCheck %s --check-prefix=UNKNOWN
// RUN: FileCheck %s --check-prefix=NONE-REPORT < %t/none.json
// RUN: printf 'not BTF at all' > %t/corrupt.btf
// RUN: %clang_bpf -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-target-btf=%t/corrupt.btf -mllvm -verifiable-report=%t/corrupt.json 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: %verdicts %t/corrupt.json | FileCheck %s --check-prefix=UNKNOWN
// RUN: FileCheck %s --check-prefix=CORRUPT-REPORT < %t/corrupt.json
// RUN: head -c 40 %t/target.o > %t/truncated.o
// RUN: %clang_bpf -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-target-btf=%t/truncated.o 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: %clang_bpf -c %s -o %t/p.o -Rpass-analysis=verifiable -mllvm -verifiable-target-btf=%t/missing.btf 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: %clang_bpf -DNO_CORE -c %s -o %t/p.o -mllvm -verifiable-target-btf=%t/corrupt.btf -mllvm -verifiable-report=%t/unused.json
// RUN: FileCheck %s --check-prefix=UNUSED < %t/unused.json
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

#ifdef TARGET_LAYOUT
struct __sk_buff {
  __u32 len;
  __u32 mark;
};
struct __sk_buff target_layout;
#elif defined(NO_CORE)
SEC("tc") int no_core(void *ctx) { return 0; }
#else
struct __sk_buff {
  __u32 len;
  __u32 pkt_type;
  __u32 mark;
} __attribute__((preserve_access_index));

SEC("tc") int classify_mark(struct __sk_buff *skb) {
  return skb->mark == 7 ? 2 : 0;
}
#endif

// ELF: 0: (61) r1 = *(u32 *)(r1 +4)
// ELF-REPORT: "target_btf": {
// ELF-REPORT: "status": "loaded"

// NONE: remark: cannot predict the verifier's verdict on program 'classify_mark': function 'classify_mark': CO-RE relocation of '__sk_buff' needs the target kernel's BTF (-verifiable-target-btf=FILE): no target kernel BTF was given
// NONE-REPORT: "path": "none",
// NONE-REPORT: "status": "none"

// UNKNOWN: classify_mark: unknown

// CORRUPT: remark: cannot predict the verifier's verdict on program 'classify_mark': function 'classify_mark': CO-RE relocation of '__sk_buff' needs the target kernel's BTF (-verifiable-target-btf=FILE): cannot parse target kernel BTF '{{.*}}': {{.+}}
// CORRUPT-REPORT: "status": "unreadable"

// MISSING: remark: cannot predict the verifier's verdict on program 'classify_mark': {{.*}}cannot read target kernel BTF '{{.*}}missing.btf': No such file or directory

// UNUSED: "status": "unused"
char LICENSE[] SEC("license") = "GPL";
