// A perf_event program reading sample_period and the sampled address from
// its bpf_perf_event_data context. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <bpf/bpf_helpers.h>

SEC("perf_event") int cf_perf_event_sample(struct bpf_perf_event_data *ctx) {
  if (ctx->sample_period > 1000 && ctx->addr != 0)
    bpf_printk("sample at %llx", ctx->addr);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
