// A perf_event program trying to change sample_period through its
// context, which is read-only.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=168 size=8
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <bpf/bpf_helpers.h>

SEC("perf_event") int cf_perf_event_write(struct bpf_perf_event_data *ctx) {
  ctx->sample_period = 10000;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
