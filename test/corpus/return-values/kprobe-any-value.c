// A kprobe returning a computed value: kprobe return values are ignored
// and not checked. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int rv_kprobe_any_value(void *ctx) {
  return bpf_get_prandom_u32();
}

char LICENSE[] SEC("license") = "GPL";
