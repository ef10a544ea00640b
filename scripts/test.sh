#!/usr/bin/env bash
# Builds verifiable and runs every test: the GoogleTest unit tests, the
# two lit suites, test/lit and the differential corpus test/corpus (kernel
# tests and the whole corpus are skipped where bpf(BPF_PROG_LOAD) is refused;
# the tests that boot Debian's 6.1 and 6.12 kernels under qemu, where
# scripts/kernel-images.sh could not install them), and a short fuzzing run
# (scripts/fuzz.sh).
# Ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lit-counts.sh
scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
# qemu and Debian's 6.1 and 6.12 kernel images for `bpf-kernel-check
# --kernel` (cached outside the tree; about 25 MB and a minute the first
# time). When they cannot be installed, the tests that boot them are
# skipped, not failed.
timeout 900 scripts/kernel-images.sh ||
  echo "verifiable: qemu or a kernel image is missing: the qemu-kernel tests will be skipped"
ninja -C build all >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

passed=0 failed=0 skipped=0
for t in build/unittests/*; do
  [ -x "$t" ] || continue
  out=$("$t" --gtest_brief=1 2>&1); rc=$?
  echo "$out" | tail -3
  n=$(echo "$out" | sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  f=$(echo "$out" | sed -n 's/.*\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  passed=$((passed + ${n:-0}))
  failed=$((failed + ${f:-0}))
  [ $rc -eq 0 ] || [ -n "$f" ] || failed=$((failed + 1))
done

lit_out=$(mktemp)
/usr/lib/llvm-22/bin/lit -sv build/test/lit build/test/corpus 2>&1 | tee "$lit_out"
add_lit_counts "$lit_out"
rm -f "$lit_out"

# A short, reproducible fuzzing run (docs/robustness.md): one test.
if scripts/fuzz.sh --iterations 40 --minutes 3 --seed 1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
