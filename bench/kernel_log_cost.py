#!/usr/bin/env python3
"""How much the verifier log inflates the kernel's verification time.

bench/run compares the engine's analysis time with the kernel's
"verification time N usec" as bpf-kernel-check reports it, and
bpf-kernel-check loads with the full verifier log (log level 1|4): the
kernel then formats a line per processed instruction, which costs time a
normal load (no log, or stats only) does not pay. This tool loads each
program of an object with libbpf twice per run, once at log level 1|4 and
once at level 4 (statistics only: the error line and the "verification
time" line are still printed), and prints both times.

    bench/kernel_log_cost.py [--runs N] OBJECT

Needs root (or CAP_BPF) and libbpf.so.1; exit 77 when the kernel refuses
the loads. Programs that fail to load for another reason than the verifier
(e.g. a map the loader must size) are listed and left out.
"""

import argparse
import ctypes
import re
import statistics
import sys

FULL_LOG = 1 | 4  # BPF_LOG_LEVEL1 | BPF_LOG_STATS, what bpf-kernel-check uses
STATS_ONLY = 4  # BPF_LOG_STATS
TIME_RE = re.compile(rb"verification time (\d+) usec")


def libbpf():
    lib = ctypes.CDLL("libbpf.so.1")
    vp, cp = ctypes.c_void_p, ctypes.c_char_p
    sigs = {
        "bpf_object__open_file": (vp, [cp, vp]),
        "bpf_object__next_program": (vp, [vp, vp]),
        "bpf_object__load": (ctypes.c_int, [vp]),
        "bpf_object__close": (None, [vp]),
        "bpf_program__name": (cp, [vp]),
        "bpf_program__set_autoload": (ctypes.c_int, [vp, ctypes.c_bool]),
        "bpf_program__set_log_level": (ctypes.c_int, [vp, ctypes.c_uint32]),
        "bpf_program__set_log_buf": (ctypes.c_int,
                                     [vp, cp, ctypes.c_size_t]),
    }
    for name, (res, argtypes) in sigs.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, argtypes
    # Silence libbpf's own warnings on stderr.
    print_fn = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                ctypes.c_void_p)
    lib.libbpf_set_print.argtypes = [print_fn]
    lib.libbpf_set_print.restype = ctypes.c_void_p
    libbpf.keep = print_fn(lambda level, fmt, args: 0)
    lib.libbpf_set_print(libbpf.keep)
    return lib


def programs(lib, path):
    obj = lib.bpf_object__open_file(path, None)
    if not obj:
        sys.exit(f"kernel_log_cost: cannot open {path.decode()}")
    names, prog = [], None
    while True:
        prog = lib.bpf_object__next_program(obj, prog)
        if not prog:
            break
        names.append(lib.bpf_program__name(prog))
    lib.bpf_object__close(obj)
    return names


def verification_time(lib, path, name, level, buf):
    """The kernel's verification time of one program loaded on its own, or
    None when the log has no time (the load failed before the verifier)."""
    obj = lib.bpf_object__open_file(path, None)
    prog = None
    while True:
        prog = lib.bpf_object__next_program(obj, prog)
        if not prog:
            break
        if lib.bpf_program__name(prog) == name:
            lib.bpf_program__set_log_level(prog, level)
            lib.bpf_program__set_log_buf(prog, buf, len(buf))
        else:
            lib.bpf_program__set_autoload(prog, False)
    buf[0] = b"\0"
    lib.bpf_object__load(obj)
    lib.bpf_object__close(obj)
    m = TIME_RE.search(buf.value)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3,
                    help="loads per program and level (default 3)")
    ap.add_argument("object", help="a BPF object file")
    args = ap.parse_args()
    lib = libbpf()
    path = args.object.encode()
    buf = ctypes.create_string_buffer(64 << 20)
    full, stats, left_out = [], [], []
    for name in programs(lib, path):
        f, s = [], []
        for _ in range(args.runs):
            f.append(verification_time(lib, path, name, FULL_LOG, buf))
            s.append(verification_time(lib, path, name, STATS_ONLY, buf))
        if None in f or None in s:
            left_out.append(name.decode())
            continue
        full.append(statistics.median(f))
        stats.append(statistics.median(s))
    if not full:
        print("kernel_log_cost: no program was verified (not root? "
              "maps the loader must size?)", file=sys.stderr)
        return 77
    ratios = [a / b for a, b in zip(full, stats) if b]
    print(f"{len(full)} programs, median of {args.runs} loads each")
    print(f"  log level 1|4 (full log):   total {sum(full):.0f} us, "
          f"median {statistics.median(full):.0f} us")
    print(f"  log level 4 (stats only):   total {sum(stats):.0f} us, "
          f"median {statistics.median(stats):.0f} us")
    print(f"  full/stats: total {sum(full) / sum(stats):.2f}, median per "
          f"program {statistics.median(ratios):.2f}")
    if left_out:
        print(f"  left out (no verification time): {', '.join(left_out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
