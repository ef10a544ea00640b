#!/usr/bin/env python3
"""Compares the plugin's verdicts with the kernel selftests' annotations.

The kernel on the development machines refuses fentry, fexit, fmod_ret and
LSM programs with EPERM before verifying them, so verifiable-diff has no
kernel verdict for them. The selftests state their own expectation in
bpf_misc.h annotations: `__success`, `__failure` and `__msg("...")` between
a program's SEC() and its body. This script compiles each given selftest
file with the plugin (the flags of scripts/selftests-diff.sh, whose cache it
reuses: run that script once first) and compares, per annotated program of
the selected section kinds: agree-accept, agree-reject (and whether one
`__msg` is in our message), FALSE-ACCEPT, FALSE-REJECT, unknown.

usage: scripts/selftests-annotations.py [--plugin SO] [--sections a,b]
                                        [--judge-naked] FILE...
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

CACHE = os.environ.get("SELFTESTS_CACHE", "/tmp/verifiable-selftests")
SRC = os.path.join(CACHE, "linux-source-6.12")
ST = os.path.join(SRC, "tools/testing/selftests/bpf")
INC = os.path.join(CACHE, "include")
KINDS = "fentry,fexit,fmod_ret,fentry.s,fexit.s,fmod_ret.s,lsm,lsm.s,lsm_cgroup"


def clang_sys_includes(clang):
    out = subprocess.run([clang, "-v", "-E", "-x", "c", "-", "-o", "/dev/null"],
                         input="", capture_output=True, text=True).stderr
    dirs, inside = [], False
    for line in out.splitlines():
        if line.startswith("#include <...>"):
            inside = True
        elif line.startswith("End of search"):
            break
        elif inside:
            dirs += ["-idirafter", line.strip()]
    return dirs


def annotations(text, kinds):
    """{program: (section, expected verdict, [messages])} of one file."""
    found = {}
    for m in re.finditer(r'SEC\("\??([^"]*)"\)', text):
        section = m.group(1)
        if section.split("/")[0] not in kinds:
            continue
        head = text[m.end():text.find("{", m.end())]
        name = (re.search(r'BPF_PROG2?\(\s*(\w+)', head) or
                re.search(r'(\w+)\s*\([^()]*\)\s*$', head.strip()))
        success = re.search(r'__success(?!_unpriv)', head)
        failure = re.search(r'__failure(?!_unpriv)', head)
        if not name or not (success or failure):
            continue
        msgs = re.findall(r'__msg\("((?:[^"\\]|\\.)*)"\)', head)
        found[name.group(1)] = (section, "accept" if success else "reject",
                                msgs)
    return found


def classify(ours, expected, msgs, message):
    if ours == "unknown":
        return "unknown"
    if ours == expected:
        if expected == "reject" and msgs and not any(m in message
                                                     for m in msgs):
            return "agree-reject-msgdiff"
        return "agree-" + expected
    return {"accept": "FALSE-ACCEPT", "reject": "FALSE-REJECT"}.get(ours, ours)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plugin", default="build/lib/verifiable.so")
    ap.add_argument("--clang", default="clang-22")
    ap.add_argument("--sections", default=KINDS)
    ap.add_argument("--judge-naked", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    kinds = args.sections.split(",")
    cflags = ["-target", "bpf", "-O2", "-g", "-I/usr/include/x86_64-linux-gnu",
              "-Wall", "-D__TARGET_ARCH_x86", "-mlittle-endian", "-I" + INC,
              "-I" + ST, "-I" + ST + "/progs",
              "-I" + SRC + "/tools/include/uapi",
              "-Wno-compare-distinct-pointer-types", "-DENABLE_ATOMICS_TESTS",
              "-mcpu=v3"] + clang_sys_includes(args.clang)
    totals = {}
    for path in args.files:
        expected = annotations(open(path).read(), kinds)
        if not expected:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            report = os.path.join(tmp, "r.json")
            cmd = [args.clang] + cflags + [
                "-fpass-plugin=" + os.path.abspath(args.plugin),
                "-mllvm", "-verifiable-report=" + report]
            if args.judge_naked:
                cmd += ["-mllvm", "-verifiable-judge-naked"]
            cmd += ["-c", path, "-o", os.path.join(tmp, "o.o")]
            subprocess.run(cmd, capture_output=True, text=True)
            if not os.path.exists(report):
                print("compile-failure", os.path.basename(path))
                continue
            ours = {p["name"]: p for p in json.load(open(report))["programs"]}
        for name, (section, verdict, msgs) in sorted(expected.items()):
            p = ours.get(name, {})
            message = p.get("message") or ""
            cls = classify(p.get("verdict", "missing"), verdict, msgs,
                           json.dumps(p))
            totals[cls] = totals.get(cls, 0) + 1
            detail = ""
            if cls not in ("agree-accept", "agree-reject"):
                detail = " | ours: %s | expected: %s" % (
                    message or p.get("why", ""), "; ".join(msgs))
            print("%-20s %s:%s [%s]%s" % (cls, os.path.basename(path), name,
                                          section, detail))
    print(json.dumps(totals, sort_keys=True))
    return 1 if totals.get("FALSE-ACCEPT") else 0


if __name__ == "__main__":
    sys.exit(main())
