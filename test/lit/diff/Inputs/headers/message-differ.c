// Both reject, with different messages.
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
// OURS: dh_message_differ reject: R1 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_message_differ(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
