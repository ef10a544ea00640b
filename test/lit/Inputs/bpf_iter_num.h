// The number iterator kfuncs and libbpf's bpf_for/bpf_repeat, for the
// libbpf-dev in use (1.1), whose bpf_helpers.h has neither. The macros are
// written from libbpf's documented semantics: an iterator on the stack,
// destroyed when the loop's scope ends, `next` checked for NULL, and for
// bpf_for the element checked against the range again, so the verifier
// knows its bounds.
#ifndef BPF_ITER_NUM_H
#define BPF_ITER_NUM_H

struct bpf_iter_num {
  unsigned long long opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

#define bpf_for(i, start, end)                                                 \
  for (struct bpf_iter_num it__                                                \
       __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))),             \
       *p__                                                                    \
       __attribute__((unused)) = (bpf_iter_num_new(&it__, (start), (end)),     \
                                  (void)bpf_iter_num_destroy, (void *)0);      \
       ({                                                                      \
         int *t__ = bpf_iter_num_next(&it__);                                  \
         (t__ && ((i) = *t__, (i) >= (start) && (i) < (end)));                 \
       });)

#define bpf_repeat(n)                                                          \
  for (struct bpf_iter_num it__                                                \
       __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))),             \
       *p__ __attribute__((unused)) = (bpf_iter_num_new(&it__, 0, (n)),        \
                                       (void)bpf_iter_num_destroy, (void *)0); \
       bpf_iter_num_next(&it__);)

#endif
