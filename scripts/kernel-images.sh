#!/usr/bin/env bash
# Installs what `bpf-kernel-check --kernel VERSION` needs: qemu-system-x86
# (Debian package) and the Debian cloud kernel image of each VERSION, fetched
# with `apt-get download` and cached outside the tree, so tests never fetch
# anything. See docs/kernel-check.md.
#
#   scripts/kernel-images.sh [--check] [VERSION...]     (default: 6.1 6.12)
#
# Cache: ${VERIFIABLE_KERNEL_CACHE:-$HOME/.cache/verifiable/kernels}/VERSION/
#   vmlinuz   the kernel image        config   its build configuration
#   release   its `uname -r`          package  the Debian package and version
# (vmlinux.btf, the kernel's BTF, is added by the first boot.)
# --check only reports which images are cached (exit 1 if one is missing).
# Exit status: 0 when every image is ready, 1 otherwise.
set -uo pipefail

CACHE="${VERIFIABLE_KERNEL_CACHE:-$HOME/.cache/verifiable/kernels}"
CHECK=0
VERSIONS=()
for a in "$@"; do
  case "$a" in
  --check) CHECK=1 ;;
  -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  6.1 | 6.12) VERSIONS+=("$a") ;;
  *) echo "kernel-images.sh: unknown kernel version '$a' (known: 6.1 6.12)" >&2; exit 2 ;;
  esac
done
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(6.1 6.12)

log() { echo "kernel-images: $*" >&2; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# The Debian meta-package that depends on the newest image of each series:
# Debian 12 ships 6.1 as its kernel and 6.12 through bookworm-security.
meta_package() {
  case "$1" in
  6.1) echo linux-image-cloud-amd64 ;;
  6.12) echo linux-image-6.12-cloud-amd64 ;;
  esac
}

# The concrete image package, e.g. linux-image-6.1.0-57-cloud-amd64.
image_package() {
  local version=$1 pkg
  pkg=$(apt-cache depends "$(meta_package "$version")" 2>/dev/null |
    sed -n 's/^ *Depends: \(linux-image-[^ ]*-cloud-amd64\)$/\1/p' | head -1)
  case "$pkg" in
  linux-image-"$version".*) echo "$pkg" ;;
  *) return 1 ;;
  esac
}

ensure_qemu() {
  command -v qemu-system-x86_64 >/dev/null && return 0
  [ $CHECK -eq 1 ] && { log "qemu-system-x86_64 is missing"; return 1; }
  log "installing qemu-system-x86"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q \
    --no-install-recommends qemu-system-x86 >/dev/null ||
    { log "could not install qemu-system-x86"; return 1; }
}

fetch_image() {
  local version=$1 dir="$CACHE/$1" pkg tmp deb
  if [ -s "$dir/vmlinuz" ] && [ -s "$dir/release" ]; then
    log "$version: cached ($(cat "$dir/package"))"
    return 0
  fi
  [ $CHECK -eq 1 ] && { log "$version: not cached in $dir"; return 1; }
  pkg=$(image_package "$version") || {
    $SUDO apt-get update -q >/dev/null
    pkg=$(image_package "$version")
  } || { log "$version: no $(meta_package "$version") in the package lists"; return 1; }
  tmp=$(mktemp -d) || return 1
  # apt-get download writes into the current directory; _apt may not be
  # able to write into mktemp's 0700 directory, which only costs a notice.
  (cd "$tmp" && apt-get download -q "$pkg" >/dev/null 2>&1) ||
    { log "$version: apt-get download $pkg failed"; rm -rf "$tmp"; return 1; }
  deb=$(ls "$tmp"/*.deb)
  mkdir -p "$tmp/x" &&
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp/x" --wildcards \
      './boot/vmlinuz-*' './boot/config-*' ||
    { log "$version: cannot extract $deb"; rm -rf "$tmp"; return 1; }
  local config
  config=$(ls "$tmp"/x/boot/config-*)
  for opt in CONFIG_BPF_SYSCALL=y CONFIG_DEBUG_INFO_BTF=y \
    CONFIG_BLK_DEV_INITRD=y CONFIG_SERIAL_8250_CONSOLE=y CONFIG_DEVTMPFS=y; do
    grep -qx "$opt" "$config" ||
      { log "$version: $pkg lacks $opt"; rm -rf "$tmp"; return 1; }
  done
  mkdir -p "$dir.tmp" && rm -f "$dir.tmp"/* &&
    cp "$tmp"/x/boot/vmlinuz-* "$dir.tmp/vmlinuz" &&
    cp "$config" "$dir.tmp/config" &&
    basename "$config" | sed 's/^config-//' >"$dir.tmp/release" &&
    dpkg-deb -f "$deb" Package Version | paste -sd' ' | sed 's/Package: //; s/ Version: / /' \
      >"$dir.tmp/package" ||
    { log "$version: cannot write $dir"; rm -rf "$tmp" "$dir.tmp"; return 1; }
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
  rm -rf "$tmp"
  log "$version: $(cat "$dir/package") -> $dir"
}

status=0
ensure_qemu || status=1
for v in "${VERSIONS[@]}"; do
  fetch_image "$v" || status=1
done
exit $status
