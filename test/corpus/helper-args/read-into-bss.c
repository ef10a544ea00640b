// bpf_probe_read_kernel into a writable global (.bss) of exactly the copied
// size. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 ha_last_word;

SEC("kprobe/do_nanosleep") int ha_read_into_bss(void *ctx) {
  bpf_probe_read_kernel(&ha_last_word, sizeof(ha_last_word), ctx);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
