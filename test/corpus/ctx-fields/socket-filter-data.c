// A socket filter reading skb->data and skb->data_end: socket filters get
// no direct packet access and these fields are not readable.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=80 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket") int cf_socket_filter_data(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  return data + 14 <= end ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
