#!/usr/bin/env python3
"""Compares the plugin's JSON report with the kernel's verdicts.

Usage: kernel_agrees.py REPORT.json KERNEL.jsonl

REPORT.json is what -mllvm -verifiable-report=FILE wrote; KERNEL.jsonl is
bpf-kernel-check's output for the same object. For every program both saw,
prints "<name>: ours=<verdict> kernel=<verdict> message=<match|differ>", and
exits non-zero when a verdict differs, or when both reject with different
messages. Programs the kernel skipped (it never ran the verifier) are
reported and not compared, except where libbpf failed the load on an
extern ("unresolved extern: <libbpf's message>"): the plugin predicts that
as a rejection by libbpf with the same message, printed as
"<name>: ours=libbpf-reject kernel=libbpf-reject message=<match|differ>".
"""
import json
import sys


def main():
    ours = {p["name"]: p for p in json.load(open(sys.argv[1]))["programs"]}
    ok = True
    for line in open(sys.argv[2]):
        line = line.strip()
        if not line:
            continue
        k = json.loads(line)
        name = k["name"]
        if name not in ours:
            print("%s: missing from our report" % name)
            ok = False
            continue
        o = ours[name]
        reason = k.get("reason") or ""
        ours_libbpf = o.get("rejected_by") == "libbpf"
        if k["verdict"] == "skipped" and reason.startswith("unresolved extern"):
            same = ours_libbpf and reason.endswith(": " + o["message"])
            ok = ok and same
            print("%s: ours=%s kernel=libbpf-reject message=%s" %
                  (name, "libbpf-reject" if ours_libbpf else o["verdict"],
                   "match" if same else "differ"))
            continue
        if k["verdict"] == "skipped":
            print("%s: kernel skipped: %s" % (name, reason))
            continue
        match = "n/a"
        if o["verdict"] == "reject" and k["verdict"] == "reject":
            match = "match" if o["message"] == k["message"] else "differ"
            if match == "differ":
                print("%s: ours: %s" % (name, o["message"]))
                print("%s: kernel: %s" % (name, k["message"]))
                ok = False
        if o["verdict"] != k["verdict"]:
            ok = False
            if o["verdict"] == "reject" or k["verdict"] == "reject":
                print("%s: ours: %s" % (name, o["message"]))
                print("%s: kernel: %s" % (name, k["message"]))
        print("%s: ours=%s kernel=%s message=%s" %
              (name, o["verdict"], k["verdict"], match))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
