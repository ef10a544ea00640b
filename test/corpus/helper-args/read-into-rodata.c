// bpf_probe_read_kernel with a destination in .rodata (a const global):
// the helper would write into a read-only map.
// Class: helper-args
// Kernel: reject: write into map forbidden, value_size=8 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u64 ha_snapshot = 0;

SEC("kprobe/do_nanosleep") int ha_read_into_rodata(void *ctx) {
  bpf_probe_read_kernel((void *)&ha_snapshot, sizeof(ha_snapshot), ctx);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
