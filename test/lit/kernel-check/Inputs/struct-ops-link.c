// A tcp_congestion_ops stored in a .struct_ops.link variable, which libbpf
// 1.1 does not know: bpf-kernel-check loads a copy where the section is
// named .struct_ops, so the program gets its struct and member.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sock;
struct tcp_congestion_ops {
  unsigned int (*ssthresh)(struct sock *sk);
  char name[16];
};

SEC("struct_ops/link_ssthresh")
unsigned int link_ssthresh(unsigned long long *ctx) { return 2; }

SEC(".struct_ops.link")
struct tcp_congestion_ops link_ca = {
    .ssthresh = (void *)link_ssthresh,
    .name = "link_ca",
};

char LICENSE[] SEC("license") = "GPL";
