#!/usr/bin/env python3
"""Counts the rejections the plugin calls compiler-made, over the corpus.

Usage: corpus-causes.py CLANG PLUGIN [CORPUS_DIR]

Compiles every test/corpus/<class>/*.c with the plugin (as the corpus
does, rejections as warnings) and reads its JSON report: prints each
program the report gives a "cause", then per class the programs, the
predicted rejections and how many of them have cause "compiler". Used to
check that source-caused rejections are not called compiler-made
(docs/overifiable.md, section 6).
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    clang, plugin = sys.argv[1], sys.argv[2]
    corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        HERE, os.pardir, "test", "corpus")
    sys.path.insert(0, corpus)
    # corpus_format is a lit test format: it needs lit importable.
    sys.path.insert(1, "/usr/lib/llvm-22/utils/lit")
    import corpus_format  # noqa: E402

    tmp = tempfile.mkdtemp()
    stats = collections.defaultdict(lambda: [0, 0, 0])
    for cls in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, cls)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".c"):
                continue
            path = os.path.join(d, f)
            text = open(path, errors="replace").read()
            extra = corpus_format.vmlinux_flags(text, os.path.join(tmp, "vm"))
            if extra is None:
                continue
            report = os.path.join(tmp, "r.json")
            if os.path.exists(report):
                os.remove(report)
            cmd = ([clang] + corpus_format.CFLAGS +
                   corpus_format.header_flags(text) + extra +
                   ["-fpass-plugin=" + plugin, "-mllvm",
                    "-verifiable-severity=warning", "-mllvm",
                    "-verifiable-report=" + report, "-c", path, "-o",
                    os.path.join(tmp, "o.o")])
            subprocess.run(cmd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            if not os.path.exists(report):
                print("no report: %s/%s" % (cls, f))
                continue
            for p in json.load(open(report))["programs"]:
                s = stats[cls]
                s[0] += 1
                if p["verdict"] == "reject":
                    s[1] += 1
                if "cause" in p:
                    s[2] += p["cause"] == "compiler"
                    ev = p["cause_evidence"]
                    print("%s/%s %s: cause=%s pattern=%s check=%d use=%d" % (
                        cls, f, p["name"], p["cause"], ev["pattern"],
                        ev["check"]["line"], ev["use"]["line"]))
    total = [0, 0, 0]
    print("%-20s %8s %8s %8s" % ("class", "programs", "rejects", "compiler"))
    for cls, s in sorted(stats.items()):
        print("%-20s %8d %8d %8d" % (cls, s[0], s[1], s[2]))
        total = [a + b for a, b in zip(total, s)]
    print("%-20s %8d %8d %8d" % ("total", total[0], total[1], total[2]))


if __name__ == "__main__":
    main()
