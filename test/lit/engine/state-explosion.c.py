# Writes the program of state-explosion.c: 30 branches, each updating a
# masked index differently, then one array access with it.
N = 30
print("#include <linux/bpf.h>")
print("#include <bpf/bpf_helpers.h>")
print("long table[1 << 12];")
print('SEC("xdp") int explode(struct xdp_md *ctx) {')
print("  unsigned long key = 0;")
print("  unsigned int m = ctx->data_end - ctx->data;")
for i in range(N):
    print("  if (m & (1u << %d)) key = (key * 3 + %d) & 4095;"
          " else key = (key * 5 + %d) & 4095;" % (i, i + 1, i + 7))
print("  table[key] += 1;")
print("  return XDP_PASS;")
print("}")
print('char LICENSE[] SEC("license") = "GPL";')
