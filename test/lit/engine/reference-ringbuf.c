// Ring buffer reservations are references: each must be submitted or
// discarded on every path, checked for NULL before use, and never touched
// after it is given back. A leak is reported at the exit that leaks, with a
// note at the reservation.
// RUN: %clang_bpf -c %s -o %t.o -mllvm -verifiable-severity=warning -mllvm -verifiable-report=%t.json 2>&1 | FileCheck %s
// RUN: %verdicts %t.json | FileCheck %s --check-prefix=VERDICT
// RUN: %if kernel-bpf %{ %clang_bpf_plain -c %s -o %t.k.o && %bpf-kernel-check %t.k.o > %t.k.jsonl && %kernel_agrees %t.json %t.k.jsonl | FileCheck %s --check-prefix=KERNEL %}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

struct event {
  int pid;
  long ts;
};

SEC("kprobe/do_sys_openat2") int submit_all(void *ctx) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e)
    return 0;
  e->pid = bpf_get_current_pid_tgid() >> 32;
  e->ts = bpf_ktime_get_ns();
  bpf_ringbuf_submit(e, 0);
  return 0;
}

SEC("kprobe/do_sys_openat2") int leak_on_init(void *ctx) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  // CHECK-DAG: reference-ringbuf.c:[[@LINE-1]]:21: note: the reference is acquired here; release it on every path before the program exits
  if (!e)
    return 0;
  e->pid = bpf_get_current_pid_tgid() >> 32;
  if (e->pid == 1)
    return 0;
  bpf_ringbuf_submit(e, 0);
  return 0;
}
// CHECK-DAG: reference-ringbuf.c:[[@LINE-1]]:1: warning: BPF verifier would reject program 'leak_on_init': Unreleased reference id=2 alloc_insn=4

SEC("kprobe/do_sys_openat2") int use_after_submit(void *ctx) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e)
    return 0;
  bpf_ringbuf_submit(e, 0);
  e->pid = 2;
  // CHECK-DAG: reference-ringbuf.c:[[@LINE-1]]:10: warning: BPF verifier would reject program 'use_after_submit': R6 invalid mem access 'scalar'
  return 0;
}

SEC("kprobe/do_sys_openat2") int submit_twice(void *ctx) {
  struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e)
    return 0;
  bpf_ringbuf_submit(e, 0);
  bpf_ringbuf_discard(e, 0);
  // CHECK-DAG: reference-ringbuf.c:[[@LINE-1]]:3: warning: BPF verifier would reject program 'submit_twice': R1 type=scalar expected=ringbuf_mem
  return 0;
}

SEC("kprobe/do_sys_openat2") int variable_size(void *ctx) {
  unsigned long n = bpf_get_prandom_u32() & 63;
  void *e = bpf_ringbuf_reserve(&events, n, 0);
  // CHECK-DAG: reference-ringbuf.c:[[@LINE-1]]:13: warning: BPF verifier would reject program 'variable_size': R2 is not a known constant'
  if (!e)
    return 0;
  bpf_ringbuf_submit(e, 0);
  return 0;
}

// Every program's verdict, with or without the kernel:
// VERDICT:      5 programs
// VERDICT-NEXT: leak_on_init: reject
// VERDICT-NEXT: submit_all: accept
// VERDICT-NEXT: submit_twice: reject
// VERDICT-NEXT: use_after_submit: reject
// VERDICT-NEXT: variable_size: reject

// KERNEL-DAG: submit_all: ours=accept kernel=accept
// KERNEL-DAG: leak_on_init: ours=reject kernel=reject message=match
// KERNEL-DAG: use_after_submit: ours=reject kernel=reject message=match
// KERNEL-DAG: submit_twice: ours=reject kernel=reject message=match
// KERNEL-DAG: variable_size: ours=reject kernel=reject message=match
char LICENSE[] SEC("license") = "GPL";
