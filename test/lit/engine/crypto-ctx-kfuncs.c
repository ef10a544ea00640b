// The crypto context kfuncs (syscall programs only): bpf_crypto_ctx_create()
// (sleepable) takes its parameters as a memory-and-size pair and an int as
// memory, and returns an acquired, maybe-NULL context that
// bpf_crypto_ctx_acquire() references again and bpf_crypto_ctx_release()
// gives back. Every verdict checked against 6.18.
// REQUIRES: vmlinux-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpftool btf dump file /sys/kernel/btf/vmlinux format c > %t/vmlinux.h
// RUN: not %clang_bpf -ferror-limit=0 -I%t -c %s -o %t/p.o -mllvm -verifiable-report=%t/r.json 2>&1 | FileCheck %s
// RUN: %verdicts %t/r.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -I%t -c %s -o %t/k.o && %bpf-kernel-check %t/k.o > %t/k.jsonl && %kernel_agrees %t/r.json %t/k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
extern struct bpf_crypto_ctx *bpf_crypto_ctx_create(const struct bpf_crypto_params *params, u32 params__sz, int *err) __ksym;
extern struct bpf_crypto_ctx *bpf_crypto_ctx_acquire(struct bpf_crypto_ctx *ctx) __ksym;
extern void bpf_crypto_ctx_release(struct bpf_crypto_ctx *ctx) __ksym;
char LICENSE[] SEC("license") = "GPL";
int status;
SEC("syscall") int create_release(void *ctx) {
  struct bpf_crypto_params params = {.type = "skcipher", .algo = "ecb(aes)", .key_len = 16};
  int err = 0;
  struct bpf_crypto_ctx *c = bpf_crypto_ctx_create(&params, sizeof(params), &err);
  if (!c) {
    status = err;
    return 0;
  }
  bpf_crypto_ctx_release(c);
  return 0;
}
SEC("syscall") int create_leak(void *ctx) {
  struct bpf_crypto_params params = {.type = "skcipher", .algo = "ecb(aes)", .key_len = 16};
  int err = 0;
  struct bpf_crypto_ctx *c = bpf_crypto_ctx_create(&params, sizeof(params), &err);
  return c ? 1 : err;
}
SEC("syscall") int acquire_twice(void *ctx) {
  struct bpf_crypto_params params = {.type = "skcipher", .algo = "ecb(aes)", .key_len = 16};
  int err = 0;
  struct bpf_crypto_ctx *c = bpf_crypto_ctx_create(&params, sizeof(params), &err), *d;
  if (!c)
    return 0;
  d = bpf_crypto_ctx_acquire(c);
  bpf_crypto_ctx_release(c);
  if (d)
    bpf_crypto_ctx_release(d);
  return 0;
}
SEC("syscall") int create_small_params(void *ctx) {
  struct bpf_crypto_params params = {.type = "skcipher", .algo = "ecb(aes)", .key_len = 16};
  int err = 0;
  struct bpf_crypto_ctx *c = bpf_crypto_ctx_create(&params, sizeof(params) + 8, &err);
  if (c)
    bpf_crypto_ctx_release(c);
  return 0;
}
SEC("tc") int create_tc(struct __sk_buff *skb) {
  struct bpf_crypto_params params = {};
  int err = 0;
  struct bpf_crypto_ctx *c = bpf_crypto_ctx_create(&params, sizeof(params), &err);
  if (c)
    bpf_crypto_ctx_release(c);
  return 0;
}

// CHECK-DAG: error: BPF verifier would reject program 'create_leak': Unreleased reference id={{[0-9]+}} alloc_insn={{[0-9]+}}
// CHECK-DAG: error: BPF verifier would reject program 'create_small_params': invalid read from stack R1 off=-408 size=416
// CHECK-DAG: error: BPF verifier would reject program 'create_tc': calling kernel function bpf_crypto_ctx_create is not allowed

// VERDICT:      5 programs
// VERDICT-NEXT: acquire_twice: accept
// VERDICT-NEXT: create_leak: reject
// VERDICT-NEXT: create_release: accept
// VERDICT-NEXT: create_small_params: reject
// VERDICT-NEXT: create_tc: reject

// KERNEL-DAG: create_release: ours=accept kernel=accept message=n/a
// KERNEL-DAG: create_leak: ours=reject kernel=reject message=match
// KERNEL-DAG: acquire_twice: ours=accept kernel=accept message=n/a
// KERNEL-DAG: create_small_params: ours=reject kernel=reject message=match
// KERNEL-DAG: create_tc: ours=reject kernel=reject message=match
