// -verifiable-kernel=6.1,6.12,host: one verdict per kernel, each from that
// release's profile. Four programs differ by kernel: a helper 6.1 gives
// only to tracing programs, a return value out of range (6.1 prints
// tnums), a range check on a 32-bit offset copy (only 6.18 links the copy
// to the index), an exit with a lock held (worded otherwise before 6.18)
// and, in Inputs/kernel-versions-v4.c, a sign-extending load 6.1 does not
// know; a fifth, uninitialised key padding, is accepted by all three. An empty kernel cache: no BTF of 6.1 or 6.12 is
// needed. Each verdict was confirmed by the kernel: the running 6.18 and,
// where qemu and the images are installed, Debian's 6.1 and 6.12 below.
// RUN: rm -rf %t.cache && mkdir -p %t.cache
// RUN: env VERIFIABLE_KERNEL_CACHE=%t.cache not %clang_bpf -ferror-limit=0 \
// RUN:   -mllvm -verifiable-kernel=6.1,6.12,host \
// RUN:   -mllvm -verifiable-report=%t.json -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: env VERIFIABLE_KERNEL_CACHE=%t.cache not %clang_bpf -mcpu=v4 \
// RUN:   -mllvm -verifiable-kernel=6.1,6.12 -c %S/Inputs/kernel-versions-v4.c \
// RUN:   -o %t.v4.o 2>&1 | FileCheck %s --check-prefix=V4
// RUN: %python -c "import json; k = json.load(open('%t.json'))['kernels']; \
// RUN:   print([(x['kernel'], x['profile'], x['target_btf']['status']) for x in k])" \
// RUN:   | FileCheck %s --check-prefix=KERNELS

// Bad lists are the plugin's errors, before any program is judged.
// RUN: not %clang_bpf -mllvm -verifiable-kernel=5.15 -c %s -o %t.bad.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OLD
// RUN: not %clang_bpf -mllvm -verifiable-kernel=6.1,6.1 -c %s -o %t.bad.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TWICE
// RUN: not %clang_bpf -mllvm -verifiable-kernel=linux -c %s -o %t.bad.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAME
// RUN: not %clang_bpf -mllvm -verifiable-kernel=6.1,6.12 \
// RUN:   -mllvm -verifiable-target-btf=none -c %s -o %t.bad.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BTF

// The oracles: the running kernel, and Debian's 6.1 and 6.12 under qemu.
// RUN: %clang_bpf_plain -c %s -o %t.plain.o
// RUN: %if kernel-bpf %{ %clang_bpf -mllvm -verifiable-severity=warning \
// RUN:   -mllvm -verifiable-report=%t.host.json -c %s -o %t.host.o && \
// RUN:   %bpf-kernel-check %t.plain.o > %t.host.jsonl && \
// RUN:   %kernel_agrees %t.host.json %t.host.jsonl | FileCheck %s --check-prefix=HOST %}
// RUN: %if qemu-kernel-6.1 %{ %clang_bpf -mllvm -verifiable-severity=warning \
// RUN:   -mllvm -verifiable-kernel=6.1 -mllvm -verifiable-report=%t.61.json \
// RUN:   -c %s -o %t.61.o && \
// RUN:   %bpf-kernel-check --kernel 6.1 %t.plain.o > %t.61.jsonl && \
// RUN:   %kernel_agrees %t.61.json %t.61.jsonl | FileCheck %s --check-prefix=K61 %}
// RUN: %if qemu-kernel-6.12 %{ %clang_bpf -mllvm -verifiable-severity=warning \
// RUN:   -mllvm -verifiable-kernel=6.12 -mllvm -verifiable-report=%t.612.json \
// RUN:   -c %s -o %t.612.o && \
// RUN:   %bpf-kernel-check --kernel 6.12 %t.plain.o > %t.612.jsonl && \
// RUN:   %kernel_agrees %t.612.json %t.612.jsonl | FileCheck %s --check-prefix=K612 %}

// CHECK-DAG: kernel-versions.c:[[@LINE+70]]:{{[0-9]+}}: error: BPF verifier of Linux 6.1 would reject program 'kv_pid_in_xdp': unknown func bpf_get_current_pid_tgid#14
// CHECK-DAG: kernel-versions.c:[[@LINE+73]]:{{[0-9]+}}: error: BPF verifier of Linux 6.1 would reject program 'kv_return_two': At program exit the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)
// CHECK-DAG: error: BPF verifier of Linux 6.12 would reject program 'kv_return_two': At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
// CHECK-DAG: error: BPF verifier of the running kernel would reject program 'kv_return_two': At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
// CHECK-DAG: kernel-versions.c:[[@LINE+80]]:{{[0-9]+}}: error: BPF verifier of Linux 6.1 would reject program 'kv_offset_copy': invalid access to map value, value_size=128 off=-64 size=8
// CHECK-DAG: kernel-versions.c:[[@LINE+79]]:{{[0-9]+}}: error: BPF verifier of Linux 6.12 would reject program 'kv_offset_copy': invalid access to map value, value_size=128 off=-64 size=8
// CHECK-DAG: kernel-versions.c:[[@LINE+127]]:{{[0-9]+}}: error: BPF verifier of Linux 6.1 would reject program 'kv_exit_locked': bpf_spin_unlock is missing
// CHECK-DAG: kernel-versions.c:[[@LINE+126]]:{{[0-9]+}}: error: BPF verifier of Linux 6.12 would reject program 'kv_exit_locked': bpf_spin_unlock is missing
// CHECK-DAG: kernel-versions.c:[[@LINE+125]]:{{[0-9]+}}: error: BPF verifier of the running kernel would reject program 'kv_exit_locked': BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
// CHECK-NOT: error: BPF verifier of the running kernel would reject program 'kv_offset_copy'
// CHECK: 9 errors generated.

// VERDICT: 15 programs
// VERDICT-NEXT: kv_exit_locked on 6.1: reject
// VERDICT-NEXT: kv_exit_locked on 6.12: reject
// VERDICT-NEXT: kv_exit_locked on host: reject
// VERDICT-NEXT: kv_offset_copy on 6.1: reject
// VERDICT-NEXT: kv_offset_copy on 6.12: reject
// VERDICT-NEXT: kv_offset_copy on host: accept
// VERDICT-NEXT: kv_pid_in_xdp on 6.1: reject
// VERDICT-NEXT: kv_pid_in_xdp on 6.12: accept
// VERDICT-NEXT: kv_pid_in_xdp on host: accept
// VERDICT-NEXT: kv_return_two on 6.1: reject
// VERDICT-NEXT: kv_return_two on 6.12: reject
// VERDICT-NEXT: kv_return_two on host: reject
// VERDICT-NEXT: kv_uninit_padding on 6.1: accept
// VERDICT-NEXT: kv_uninit_padding on 6.12: accept
// VERDICT-NEXT: kv_uninit_padding on host: accept

// V4: error: BPF verifier of Linux 6.1 would reject program 'kv_signed_byte': BPF_LDX uses reserved fields
// V4-NOT: error:

// KERNELS: [('6.1', 'debian-6.1', 'none'), ('6.12', 'debian-6.12', 'none'), ('host', 'host', '{{unused|none}}')]

// OLD: error: verifiable: -verifiable-kernel: no profile for Linux 5.15: the oldest kernel the engine knows is 6.1
// TWICE: error: verifiable: -verifiable-kernel: kernel '6.1' is listed twice
// NAME: error: verifiable: -verifiable-kernel: 'linux' is not a kernel release (major.minor, such as 6.1) nor 'host'
// BTF: error: verifiable: -verifiable-target-btf and -verifiable-kconfig name one kernel's files; with several kernels, give each its BTF in -verifiable-kernel (6.1:FILE)

// HOST-DAG: kv_offset_copy: ours=accept kernel=accept
// HOST-DAG: kv_pid_in_xdp: ours=accept kernel=accept
// HOST-DAG: kv_return_two: ours=reject kernel=reject message=match
// K61-DAG: kv_offset_copy: ours=reject kernel=reject message=match
// K61-DAG: kv_pid_in_xdp: ours=reject kernel=reject message=match
// K61-DAG: kv_return_two: ours=reject kernel=reject message=match
// K612-DAG: kv_offset_copy: ours=reject kernel=reject message=match
// K612-DAG: kv_pid_in_xdp: ours=accept kernel=accept
// K612-DAG: kv_return_two: ours=reject kernel=reject message=match
// K612-DAG: kv_uninit_padding: ours=accept kernel=accept
// K612-DAG: kv_exit_locked: ours=reject kernel=reject message=match
// K61-DAG: kv_exit_locked: ours=reject kernel=reject message=match
// HOST-DAG: kv_exit_locked: ours=reject kernel=reject message=match
// K61-DAG: kv_uninit_padding: ours=accept kernel=accept
// HOST-DAG: kv_uninit_padding: ours=accept kernel=accept

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slots[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} kv_hist SEC(".maps");

SEC("xdp") int kv_pid_in_xdp(struct xdp_md *ctx) {
  return bpf_get_current_pid_tgid() & 1 ? XDP_PASS : XDP_DROP;
}

SEC("cgroup_skb/ingress") int kv_return_two(struct __sk_buff *skb) {
  return 2;
}

SEC("tc") int kv_offset_copy(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&kv_hist, &zero);
  if (!h)
    return 0;
  int bucket = (int)skb->mark - 8;
  if (bucket >= 0 && bucket < 16)
    h->slots[bucket]++;
  return 0;
}

// A key with uninitialised padding read by a helper: a privileged loader
// may pass it on 6.1 too.
struct kv_key {
  __u64 a;
  __u32 b;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, struct kv_key);
  __type(value, __u64);
} kv_keys SEC(".maps");

SEC("xdp") int kv_uninit_padding(struct xdp_md *ctx) {
  struct kv_key k;
  k.a = ctx->ingress_ifindex;
  k.b = ctx->rx_queue_index;
  return bpf_map_lookup_elem(&kv_keys, &k) ? XDP_DROP : XDP_PASS;
}

// An exit with a lock held: 6.18 names the exit, 6.1 and 6.12 the unlock.
struct kv_locked {
  struct bpf_spin_lock lock;
  __u64 n;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct kv_locked);
} kv_locks SEC(".maps");

SEC("tc") int kv_exit_locked(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct kv_locked *v = bpf_map_lookup_elem(&kv_locks, &zero);
  if (!v)
    return 0;
  bpf_spin_lock(&v->lock);
  if (skb->len > 100)
    return 0;
  v->n++;
  bpf_spin_unlock(&v->lock);
  return 0;
} // the exit

char LICENSE[] SEC("license") = "GPL";
