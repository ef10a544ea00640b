// An sk_msg program reading the message size and the ports of its socket.
// Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_msg") int cf_sk_msg_fields(struct sk_msg_md *msg) {
  if (msg->size > 65536 || msg->local_port == 22)
    return SK_DROP;
  return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
