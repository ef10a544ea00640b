// Does not compile (a missing ';') unless -DDF_FIXED is given: a compile
// failure is reported, not a crash of the tool.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#ifdef DF_FIXED
#define END ;
#else
#define END
#endif

SEC("xdp") int df_broken(struct xdp_md *ctx) { return XDP_PASS END }

char LICENSE[] SEC("license") = "GPL";
