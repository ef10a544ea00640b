// Socket storage from a syscall program: the tracing prototype of
// bpf_sk_storage_get() lets only some attach types call it, and a syscall
// program has no attach target.
// Class: syscall
// Kernel: reject: helper call is not allowed in probe
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, __u64);
} sc_store SEC(".maps");

SEC("syscall")
int sc_sk_storage(void *ctx) {
  __u64 *v = bpf_sk_storage_get(&sc_store, 0, 0, 0);

  return v ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
