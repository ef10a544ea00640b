// An open-coded number iterator (bpf_iter_num_*, kernel 6.4) declared as
// __ksym externs: Linux 6.1 lacks the kfuncs, so libbpf cannot resolve them
// and the program is never loaded there; 6.12 accepts it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
  __u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("xdp")
int xdp_iter_sum(struct xdp_md *ctx) {
  struct bpf_iter_num it;
  int *v, sum = 0;

  bpf_iter_num_new(&it, 0, 100);
  while ((v = bpf_iter_num_next(&it)))
    sum += *v;
  bpf_iter_num_destroy(&it);
  return sum > 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
