#!/usr/bin/env python3
"""Measure what the -Overifiable transforms change, file by file.

Each BPF C file is compiled twice with the plugin: in check-only mode
(-verifiable-transforms=false, which emits what plain clang emits) and with
the transforms on. For both it reports the static functions whose BTF
prototype does not match their code (the signature audit's findings: remarks
in check-only mode, internal errors with the transforms on), the number of
BPF instructions in the object, and optionally the kernel's processed
instruction count (bpf-kernel-check) for programs both objects load.

Predicted verifier rejections are turned into warnings so that every file
yields an object.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

MISMATCH = re.compile(r"does not match its code|changed the signature of")
INSN = re.compile(r"^\s+[0-9a-f]+:\s")


def compile_one(args, src, out, transforms):
    cmd = [args.clang, "-target", "bpf", "-O%s" % args.opt, "-g",
           "-fpass-plugin=" + args.plugin,
           "-mllvm", "-verifiable-severity=warning",
           "-mllvm", "-verifiable-transforms=%s" % ("true" if transforms else "false"),
           "-Rpass-analysis=verifiable", "-c", src, "-o", out] + args.cflags
    proc = subprocess.run(cmd, capture_output=True, text=True)
    mismatches = sorted({line for line in proc.stderr.splitlines()
                         if MISMATCH.search(line)})
    return proc.returncode == 0, mismatches, proc.stderr


def count_insns(args, obj):
    proc = subprocess.run([args.objdump, "-d", obj], capture_output=True,
                          text=True)
    return sum(1 for line in proc.stdout.splitlines() if INSN.match(line))


def count_static_funcs(obj):
    proc = subprocess.run(["bpftool", "btf", "dump", "file", obj],
                          capture_output=True, text=True)
    return sum(1 for line in proc.stdout.splitlines()
               if " FUNC '" in line and "linkage=static" in line)


def kernel_insns(args, obj):
    """{program name: processed_insns} for the programs the kernel accepts."""
    if not args.kernel_check:
        return {}
    proc = subprocess.run([args.kernel_check, obj], capture_output=True,
                          text=True)
    result = {}
    for line in proc.stdout.splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if rec.get("verdict") == "accept":
            result[rec["name"]] = rec.get("processed_insns") or 0
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang", default="clang-22")
    parser.add_argument("--objdump", default="llvm-objdump-22")
    parser.add_argument("--kernel-check", help="bpf-kernel-check binary")
    parser.add_argument("--opt", default="2", help="optimization level")
    parser.add_argument("--cflag", dest="cflags", action="append",
                        default=[], help="extra compiler flag (repeatable)")
    parser.add_argument("--json", help="write per-file results here")
    parser.add_argument("--verbose", action="store_true",
                        help="print each mismatch")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, src in enumerate(args.files):
            off_o = os.path.join(tmp, "%d.off.o" % i)
            on_o = os.path.join(tmp, "%d.on.o" % i)
            ok_off, mm_off, _ = compile_one(args, src, off_o, False)
            ok_on, mm_on, err_on = compile_one(args, src, on_o, True)
            if not (ok_off and ok_on):
                print("skipped (does not compile): %s" % src, file=sys.stderr)
                if ok_off and not ok_on:
                    print(err_on, file=sys.stderr)
                continue
            row = {"file": src,
                   "static_funcs": count_static_funcs(off_o),
                   "mismatch_off": len(mm_off), "mismatch_on": len(mm_on),
                   "insns_off": count_insns(args, off_o),
                   "insns_on": count_insns(args, on_o)}
            k_off, k_on = kernel_insns(args, off_o), kernel_insns(args, on_o)
            both = sorted(set(k_off) & set(k_on))
            row["kernel_progs"] = len(both)
            row["kernel_off"] = sum(k_off[p] for p in both)
            row["kernel_on"] = sum(k_on[p] for p in both)
            row["kernel_only_off"] = sorted(set(k_off) - set(k_on))
            row["kernel_only_on"] = sorted(set(k_on) - set(k_off))
            rows.append(row)
            if args.verbose:
                for line in mm_off + mm_on:
                    print("  " + line)

    def total(key):
        return sum(r[key] for r in rows)

    def pct(on, off):
        return "%+.2f%%" % (100.0 * (on - off) / off) if off else "n/a"

    print("files compiled:                       %d" % len(rows))
    print("static functions in BTF:              %d" % total("static_funcs"))
    print("BTF/code mismatches, transforms off:  %d (in %d files)" %
          (total("mismatch_off"), sum(1 for r in rows if r["mismatch_off"])))
    print("BTF/code mismatches, transforms on:   %d" % total("mismatch_on"))
    print("BPF instructions, off -> on:          %d -> %d (%s)" %
          (total("insns_off"), total("insns_on"),
           pct(total("insns_on"), total("insns_off"))))
    changed = [r for r in rows if r["insns_on"] != r["insns_off"]]
    print("files whose code changed:             %d" % len(changed))
    if args.kernel_check:
        print("kernel-accepted programs (both):      %d" % total("kernel_progs"))
        print("kernel processed insns, off -> on:    %d -> %d (%s)" %
              (total("kernel_off"), total("kernel_on"),
               pct(total("kernel_on"), total("kernel_off"))))
        for r in rows:
            for name in r["kernel_only_off"]:
                print("  accepted only with transforms off: %s %s" %
                      (r["file"], name))
            for name in r["kernel_only_on"]:
                print("  accepted only with transforms on:  %s %s" %
                      (r["file"], name))
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=1)


if __name__ == "__main__":
    main()
