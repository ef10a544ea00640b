// An XDP program asking for the current pid. Though XDP runs in softirq
// context, bpf_get_current_pid_tgid is a base helper any program type may
// call when loaded with CAP_BPF: accepted (the value is meaningless here).
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int ha_pid_in_xdp(struct xdp_md *ctx) {
  return bpf_get_current_pid_tgid() == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
