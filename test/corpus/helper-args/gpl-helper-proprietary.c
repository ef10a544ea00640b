// A kprobe with a proprietary license calling bpf_probe_read_kernel, a
// GPL-only helper.
// Class: helper-args
// Kernel: reject: cannot call GPL-restricted function from non-GPL compatible program
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep") int ha_gpl_helper_proprietary(void *ctx) {
  __u64 word = 0;
  bpf_probe_read_kernel(&word, sizeof(word), ctx);
  return word != 0;
}

char LICENSE[] SEC("license") = "Proprietary";
