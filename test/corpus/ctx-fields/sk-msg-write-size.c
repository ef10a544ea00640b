// An sk_msg program trying to truncate the message by writing msg->size:
// sk_msg_md is read-only (bpf_msg_pop_data changes a message).
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=68 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_msg") int cf_sk_msg_write_size(struct sk_msg_md *msg) {
  if (msg->size > 1024)
    msg->size = 1024;
  return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
