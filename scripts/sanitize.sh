#!/usr/bin/env bash
# Builds verifiable with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-sanitize/ and runs the unit tests and the lit tests (all of them, or
# the LIT_FILTER regex, e.g. LIT_FILTER='engine|externs'), with the plugin
# running inside clang-22 under the preloaded sanitizer runtimes. Any
# sanitizer report fails the run. Ends with "N passed, N failed, N skipped".
#
# usage: scripts/sanitize.sh
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lit-counts.sh
scripts/setup.sh >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
BUILD=build-sanitize
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVERIFIABLE_SANITIZE=ON >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
fi
ninja -C "$BUILD" all >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
passed=0 failed=0 skipped=0
for t in "$BUILD"/unittests/*; do
  [ -x "$t" ] || continue
  out=$("$t" --gtest_brief=1 2>&1); rc=$?
  echo "$out" | tail -2
  n=$(echo "$out" | sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  passed=$((passed + ${n:-0}))
  [ $rc -eq 0 ] || failed=$((failed + 1))
done

lit_out=$(mktemp)
filter=()
[ -n "${LIT_FILTER:-}" ] && filter=(--filter "$LIT_FILTER")
/usr/lib/llvm-22/bin/lit -sv "${filter[@]}" "$BUILD/test/lit" 2>&1 | tee "$lit_out" | grep -E "^(FAIL|UNRESOLVED|XPASS|TIMEOUT):|ERROR: AddressSanitizer|runtime error:" || true
add_lit_counts "$lit_out"
rm -f "$lit_out"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
