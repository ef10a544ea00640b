#!/usr/bin/env bash
# Generates vmlinux.h for the running kernel into DIR (once: it is kept
# while /sys/kernel/btf/vmlinux is unchanged) and prints DIR, for tests that
# compile programs written against vmlinux.h. vmlinux.h is never committed.
# Exits 77 (skip) when the running kernel's BTF or bpftool is missing.
set -euo pipefail
dir=${1:?usage: vmlinux-h.sh DIR}
btf=/sys/kernel/btf/vmlinux
[ -r "$btf" ] && command -v bpftool >/dev/null || exit 77
mkdir -p "$dir"
stamp=$(stat -c %Y-%s "$btf")
if [ ! -s "$dir/vmlinux.h" ] || [ "$(cat "$dir/vmlinux.stamp" 2>/dev/null)" != "$stamp" ]; then
  tmp=$(mktemp "$dir/vmlinux.h.XXXXXX")
  bpftool btf dump file "$btf" format c > "$tmp"
  chmod 644 "$tmp"
  mv "$tmp" "$dir/vmlinux.h"
  echo "$stamp" > "$dir/vmlinux.stamp"
fi
echo "$dir"
