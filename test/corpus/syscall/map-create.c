// Creates a map from inside the kernel: the attribute block is built on the
// stack and passed to bpf_sys_bpf(), which syscall programs may call.
// Class: syscall
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_create_args {
  int map_fd;
};

SEC("syscall")
int sc_map_create(struct sc_create_args *ctx) {
  union bpf_attr attr = {};

  attr.map_type = BPF_MAP_TYPE_ARRAY;
  attr.key_size = 4;
  attr.value_size = 8;
  attr.max_entries = 1;
  ctx->map_fd = bpf_sys_bpf(BPF_MAP_CREATE, &attr, sizeof(attr));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
