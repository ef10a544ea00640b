// A global (.bss) request counter and an in-flight gauge updated with
// atomic add and fetch-add. Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 at_requests;
__s64 at_in_flight;

SEC("kprobe/do_nanosleep") int at_global_counter(void *ctx) {
  __sync_fetch_and_add(&at_requests, 1);
  __s64 before = __sync_fetch_and_add(&at_in_flight, 1);
  if (before > 1000)
    bpf_printk("busy: %lld", before);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
