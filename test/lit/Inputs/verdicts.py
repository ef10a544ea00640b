#!/usr/bin/env python3
"""Prints the verdicts of a plugin JSON report, for FileCheck.

Usage: verdicts.py REPORT.json

The engine tests check every program's verdict whether or not the kernel
is there to compare with: a rejection the diagnostics show is checked by the
diagnostic lines, but an extra rejection of a program meant to be accepted
would only show as an extra warning. This prints "<N> programs" and then
"<name>: <verdict>" for each program, sorted by name, so a test states the
whole list with CHECK/CHECK-NEXT and any extra, missing or changed verdict
fails. A report with a verdict per kernel (-verifiable-kernel) prints
"<name> on <kernel>: <verdict>", sorted by name, then kernel as listed.
"""
import json
import sys


def main():
    programs = json.load(open(sys.argv[1]))["programs"]
    print("%d programs" % len(programs))
    for p in sorted(programs, key=lambda p: p["name"]):  # stable: kernels
        on = " on %s" % p["kernel"] if "kernel" in p else ""
        print("%s%s: %s" % (p["name"], on, p["verdict"]))


if __name__ == "__main__":
    main()
