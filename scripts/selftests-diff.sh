#!/usr/bin/env bash
# An independent measure of the engine: run verifiable-diff over the Linux
# kernel's own BPF selftest programs (tools/testing/selftests/bpf/progs),
# which were written by other people for other purposes. The kernel source is
# fetched and unpacked into a cache outside the repository (it must never be
# copied into this tree); only the programs whose every section is a program
# type the engine models are run. See docs/selftests.md.
#
# usage: scripts/selftests-diff.sh [N] [-- VERIFIABLE-DIFF-OPTIONS...]
#   N       at most N files (the verifier_*.c files first, then the others)
# environment:
#   SELFTESTS_CACHE   cache dir (default $XDG_CACHE_HOME/verifiable-selftests,
#                     else /tmp/verifiable-selftests)
#   SELFTESTS_DEB     an already downloaded linux-source-6.12 .deb to use
#                     instead of `apt-get download linux-source-6.12`
#   SELFTESTS_LIBBPF  "source" (default): the libbpf headers of the kernel
#                     source, as the selftests Makefile does; "system":
#                     Debian's /usr/include/bpf (libbpf 1.1.2; fewer files
#                     compile)
#   SELFTESTS_OTHERS  how many non-verifier_*.c files to add (default: all)
#   SELFTESTS_ASM     0: leave out files with __naked inline-assembly
#                     programs (default 1: they are judged like the others)
#   SELFTESTS_ALL     1: every file with a program, whatever its program
#                     types and inline assembly: what the engine cannot
#                     judge counts as unknown
#   SELFTESTS_NOOPT   1: run on copies whose SEC("?...") lose the '?'
#   SELFTESTS_LIST    1: print the selected files and stop
#   SELFTESTS_SECTIONS  an extended regex: only the files with a program
#                     section matching it (e.g. '^(struct_ops|syscall)')
#   SELFTESTS_MATCH   an extended regex: only files whose contents match it
#                     (e.g. 'bpf_spin_lock|bpf_timer'), after the selection
#   SELFTESTS_JUDGE_NAKED  0: do not judge __naked functions
#                     (-mllvm -verifiable-judge-naked=false); their programs
#                     are then unknown
#   JOBS              verifiable-diff --jobs (default 2)
#   PLUGIN, KERNEL_CHECK  verifiable.so and bpf-kernel-check to use (default:
#                     verifiable-diff's own search of this checkout's build)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LIMIT=""
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then
  LIMIT="$1"
  shift
fi
if [[ $# -gt 0 && "$1" == "--" ]]; then shift; fi
EXTRA_OPTS=("$@")

CACHE="${SELFTESTS_CACHE:-${XDG_CACHE_HOME:-/tmp}/verifiable-selftests}"
PKG=linux-source-6.12
SRC="$CACHE/$PKG"
ST="$SRC/tools/testing/selftests/bpf"
INC="$CACHE/include"
CLANG="${CLANG:-clang-22}"
JOBS="${JOBS:-2}"
OTHERS="${SELFTESTS_OTHERS:-1000}"
LIBBPF="${SELFTESTS_LIBBPF:-source}"

log() { echo "selftests-diff: $*" >&2; }

mkdir -p "$CACHE"

# 1. The kernel source: Debian's linux-source package holds the whole tree
#    as a tarball; only tools/, include/uapi/ and scripts/bpf_doc.py are
#    unpacked.
if [[ ! -d "$ST/progs" ]]; then
  deb="${SELFTESTS_DEB:-}"
  if [[ -z "$deb" ]]; then
    deb="$(ls "$CACHE"/${PKG}_*.deb 2>/dev/null | head -n1 || true)"
  fi
  if [[ -z "$deb" ]]; then
    log "downloading $PKG into $CACHE"
    (cd "$CACHE" && apt-get download "$PKG" >&2)
    deb="$(ls "$CACHE"/${PKG}_*.deb | head -n1)"
  fi
  log "unpacking $deb"
  tmp="$(mktemp -d "$CACHE/unpack.XXXXXX")"
  dpkg-deb --fsys-tarfile "$deb" |
    tar -x -C "$tmp" "./usr/src/$PKG.tar.xz"
  tar -xJ -C "$CACHE" -f "$tmp/usr/src/$PKG.tar.xz" \
    "$PKG/tools" "$PKG/include/uapi" "$PKG/scripts/bpf_doc.py"
  rm -rf "$tmp"
fi

# 2. Headers: vmlinux.h from the running kernel's BTF, and the libbpf
#    headers (bpf_helper_defs.h is generated from the uapi bpf.h, as libbpf's
#    own build does).
mkdir -p "$INC"
if [[ ! -s "$INC/vmlinux.h" ]]; then
  log "generating vmlinux.h from /sys/kernel/btf/vmlinux"
  bpftool btf dump file /sys/kernel/btf/vmlinux format c >"$INC/vmlinux.h.tmp"
  mv "$INC/vmlinux.h.tmp" "$INC/vmlinux.h"
fi
if [[ "$LIBBPF" == source ]]; then
  if [[ ! -s "$INC/bpf/bpf_helper_defs.h" ]]; then
    mkdir -p "$INC/bpf"
    cp "$SRC"/tools/lib/bpf/{bpf_helpers,bpf_tracing,bpf_endian,bpf_core_read,usdt.bpf}.h \
      "$INC/bpf/"
    python3 "$SRC/scripts/bpf_doc.py" --header \
      --file "$SRC/include/uapi/linux/bpf.h" >"$INC/bpf/bpf_helper_defs.h.tmp"
    mv "$INC/bpf/bpf_helper_defs.h.tmp" "$INC/bpf/bpf_helper_defs.h"
  fi
  LIBBPF_INC=(-I"$INC")
else
  LIBBPF_INC=(-I"$INC/vmlinux-only")
  mkdir -p "$INC/vmlinux-only"
  ln -sf "$INC/vmlinux.h" "$INC/vmlinux-only/vmlinux.h"
fi

# 3. The flags of the selftests Makefile's BPF rule (BPF_CFLAGS,
#    CLANG_SYS_INCLUDES, -DENABLE_ATOMICS_TESTS, -O2 -mcpu=v3), without
#    -Werror: a newer clang's new warnings must not drop a file.
sys_includes=()
while read -r dir; do
  sys_includes+=(-idirafter "$dir")
done < <("$CLANG" -v -E - </dev/null 2>&1 |
  sed -n '/<...> search starts here:/,/End of search list./{ s| \(/.*\)|\1|p }')
CFLAGS=(-g -Wall -D__TARGET_ARCH_x86 -mlittle-endian "${LIBBPF_INC[@]}"
  -I"$ST" -I"$ST/progs" -I"$SRC/tools/include/uapi"
  -Wno-compare-distinct-pointer-types -DENABLE_ATOMICS_TESTS
  -mcpu=v3 "${sys_includes[@]}")
if [[ "${SELFTESTS_JUDGE_NAKED:-1}" == 0 ]]; then
  CFLAGS+=(-mllvm -verifiable-judge-naked=false)
fi

# 4. The files: every program section a modelled type. Sections may start
#    with '?' (not loaded by default; the oracle loads each program anyway).
modelled='^(socket|xdp|xdp/devmap|xdp/cpumap|xdp\.frags|tc|tc/ingress|tc/egress|classifier|kprobe(/.*)?|kretprobe(/.*)?|tracepoint(/.*)?|tp(/.*)?|raw_tp(/.*)?|raw_tracepoint(/.*)?|perf_event|cgroup_skb/(ingress|egress)|cgroup/skb|cgroup/(sock|sock_create|sock_release|post_bind[46]|bind[46]|connect[46]|sendmsg[46]|recvmsg[46]|getpeername[46]|getsockname[46])|sockops|sk_skb(/.*)?|sk_msg|flow_dissector)$'
eligible() {
  local f="$1" secs
  case "$(basename "$f")" in
  # Halves of objects meant to be linked by bpftool: libbpf cannot open them.
  linked_* | test_subskeleton*) return 1 ;;
  esac
  # The first string literal of every SEC(...), without libbpf's '?' (not
  # loaded by default); maps, licence and data sections are not programs.
  secs="$(grep -oE '\<SEC\("[^"]*"' "$f" | sed -E 's/^SEC\("\??//; s/"$//' |
    grep -vE '^(\.maps|maps|license|version|\.data.*|\.bss.*|\.rodata.*|\.struct_ops.*|\.addr_space.*)$' || true)"
  [[ -n "$secs" ]] || return 1
  # A subset by program type: files with a section matching the regex,
  # whatever their other programs and inline assembly.
  if [[ -n "${SELFTESTS_SECTIONS:-}" ]]; then
    grep -qE "$SELFTESTS_SECTIONS" <<<"$secs"
    return
  fi
  [[ "${SELFTESTS_ALL:-0}" == 1 ]] && return 0
  # Programs written in inline assembly (__naked, most verifier_*.c files)
  # unless asked to leave them out.
  if [[ "${SELFTESTS_ASM:-1}" == 0 ]] && grep -q '__naked' "$f"; then
    return 1
  fi
  while read -r s; do
    [[ "$s" =~ $modelled ]] || return 1
  done <<<"$secs"
  return 0
}

files=()
for f in "$ST"/progs/verifier_*.c; do
  eligible "$f" && files+=("$f")
done
nverifier=${#files[@]}
nothers=0
for f in "$ST"/progs/*.c; do
  [[ "$(basename "$f")" == verifier_* ]] && continue
  [[ $nothers -ge $OTHERS ]] && break
  if eligible "$f"; then
    files+=("$f")
    nothers=$((nothers + 1))
  fi
done
if [[ -n "${SELFTESTS_MATCH:-}" ]]; then
  matched=()
  for f in "${files[@]}"; do
    grep -qE "$SELFTESTS_MATCH" "$f" && matched+=("$f")
  done
  files=("${matched[@]}")
fi
if [[ -n "$LIMIT" && ${#files[@]} -gt $LIMIT ]]; then
  files=("${files[@]:0:$LIMIT}")
fi
log "${#files[@]} files ($nverifier verifier_*.c eligible, $nothers others)"
# The engine does not read libbpf's '?' section prefix (the program is not
# loaded by default): with SELFTESTS_NOOPT=1 it runs on copies without it,
# to measure what it says about those programs (the oracle loads each
# program on its own anyway, so the kernel's verdicts do not change).
if [[ "${SELFTESTS_NOOPT:-0}" == 1 ]]; then
  copies="$CACHE/progs-noopt"
  mkdir -p "$copies"
  for i in "${!files[@]}"; do
    sed 's/\<SEC("?/SEC("/' "${files[$i]}" >"$copies/$(basename "${files[$i]}")"
    files[$i]="$copies/$(basename "${files[$i]}")"
  done
fi
if [[ "${SELFTESTS_LIST:-0}" == 1 ]]; then
  printf '%s\n' "${files[@]}"
  exit 0
fi

# 5. The plugin against the kernel; compile failures are listed and counted
#    by verifiable-diff itself.
tools=()
[[ -n "${PLUGIN:-}" ]] && tools+=(--plugin "$PLUGIN")
[[ -n "${KERNEL_CHECK:-}" ]] && tools+=(--kernel-check "$KERNEL_CHECK")
exec python3 "$ROOT/tools/verifiable-diff/verifiable-diff" --jobs "$JOBS" \
  "${tools[@]}" --vmlinux-dir "$INC" --clang "$CLANG" --cflags "${CFLAGS[*]}" "${EXTRA_OPTS[@]}" "${files[@]}"
