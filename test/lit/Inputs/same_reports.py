#!/usr/bin/env python3
"""Compares two -verifiable-report files for equality, ignoring only the
engine's wall-clock time: verdicts, messages, locations, notes and
processed-instruction counts must be identical from run to run.

Usage: same_reports.py A.json B.json   (prints "same: N programs")
"""
import json
import sys


def load(path):
    report = json.load(open(path))
    for p in report["programs"]:
        p.pop("analysis_time_usec", None)
    return report


a, b = load(sys.argv[1]), load(sys.argv[2])
if a != b:
    print("reports differ:\n%s\n%s" % (json.dumps(a, sort_keys=True),
                                      json.dumps(b, sort_keys=True)))
    sys.exit(1)
print("same: %d programs" % len(a["programs"]))
