// Looks for the first zero byte of a 32-byte map value with bpf_for and a
// break: the index is bounded by the range check in the macro.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

/* bpf_for as libbpf defines it: the element is checked against the range
 * again, so the verifier knows its bounds. */
#define bpf_for(i, start, end)                                              \
	for (struct bpf_iter_num ___it __attribute__((aligned(8),          \
			cleanup(bpf_iter_num_destroy))),                    \
	     *___p __attribute__((unused)) =                                \
		(bpf_iter_num_new(&___it, (start), (end)),                  \
		 (void)bpf_iter_num_destroy, (void *)0);                    \
	     ({                                                             \
		int *___t = bpf_iter_num_next(&___it);                      \
		(___t && ((i) = *___t, (i) >= (start) && (i) < (end)));     \
	     });)

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[32]);
} kf_names SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int kf_for_search_ok(void *ctx)
{
	__u32 key = 0;
	char *name = bpf_map_lookup_elem(&kf_names, &key);
	int i, len = 32;

	if (!name)
		return 0;
	bpf_for(i, 0, 32) {
		if (!name[i]) {
			len = i;
			break;
		}
	}
	return len;
}

char LICENSE[] SEC("license") = "GPL";
