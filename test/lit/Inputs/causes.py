#!/usr/bin/env python3
"""Prints the cause of every rejection in a plugin JSON report, for FileCheck.

Usage: causes.py REPORT.json

One line per program, sorted by name: "<name>: <verdict>" and, for a
rejection, "cause=<cause>" ("none" when the report names no cause) and, for
a compiler-made one, the pattern, the check's and the use's lines and
registers: "pattern=reload check=20:w1 use=21:r1". A test states the
whole list, so a source-caused rejection that gains a cause fails it.
"""
import json
import sys


def main():
    programs = json.load(open(sys.argv[1]))["programs"]
    for p in sorted(programs, key=lambda p: p["name"]):
        line = "%s: %s" % (p["name"], p["verdict"])
        if p["verdict"] == "reject":
            line += " cause=%s" % p.get("cause", "none")
            ev = p.get("cause_evidence")
            if ev:
                line += " pattern=%s check=%d:%s use=%d:%s" % (
                    ev["pattern"], ev["check"]["line"], ev["check"]["reg"],
                    ev["use"]["line"], ev["use"]["reg"])
        print(line)


if __name__ == "__main__":
    main()
