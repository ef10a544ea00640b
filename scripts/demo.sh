#!/usr/bin/env bash
# The demo: builds verifiable, then compiles the bundled XDP example and its
# fixed twin with the plugin and shows what it says about each.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null || { echo "build failed; run scripts/setup.sh"; exit 1; }

CLANG="clang-22 -target bpf -O2 -g -I/usr/include/$(gcc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)"
PLUGIN="$PWD/build/lib/verifiable.so"
mkdir -p build/examples
for example in examples/xdp_count_bug.bpf.c examples/xdp_count_fixed.bpf.c; do
  echo "== $CLANG -fpass-plugin=build/lib/verifiable.so -c $example"
  if $CLANG -fpass-plugin="$PLUGIN" -Rpass=verifiable -c "$example" \
      -o "build/examples/$(basename "$example" .c).o"; then
    echo "-> compiled: no rejection predicted (-Rpass=verifiable shows the verdict)"
  else
    echo "-> rejected at compile time, before bpf() is ever called"
  fi
  echo
done
exit 0
