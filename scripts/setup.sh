#!/usr/bin/env bash
# Installs what verifiable needs on Debian 12 (when missing) and builds it
# into build/. Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES="llvm-22-dev clang-22 llvm-22-tools libbpf-dev bpftool cmake
ninja-build g++ libgtest-dev libelf-dev zlib1g-dev libzstd-dev pkg-config
python3"
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "verifiable: installing:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi

if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C build
