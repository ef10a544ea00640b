// Reads a user buffer whose address the caller put in the context:
// bpf_copy_from_user() may sleep, and syscall programs are sleepable.
// Class: syscall
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sc_user {
  __u64 uptr;
  __u64 first;
};

SEC("syscall")
int sc_copy_user(struct sc_user *ctx) {
  __u64 word = 0;

  if (bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr))
    return 1;
  ctx->first = word;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
