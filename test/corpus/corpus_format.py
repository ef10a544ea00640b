"""The lit test format of the differential corpus.

Each `*.c` file under test/corpus is one BPF program with a header comment
(docs/corpus.md):

    // <what the program does, why the kernel accepts or rejects it>
    // Class: <the directory's name>
    // Kernel: accept            or    // Kernel: reject: <first error line>

A test compiles the file with plain clang (no plugin), loads the object with
bpf-kernel-check and passes when the running kernel says what the header
claims: the verdict, and for a rejection the error line verbatim. A missing or
malformed header, a program the kernel skipped (never verified), more or less
than one program, or a program name used by another corpus file is a failure.
"""
import json
import os
import re
import shlex
import subprocess

import lit.formats
import lit.Test
import lit.TestRunner

# What every corpus object is compiled with; the claims are about this object.
CFLAGS = ["-target", "bpf", "-O2", "-g", "-I/usr/include/x86_64-linux-gnu"]

# `SEC("...") int name(` or `SEC("...") int BPF_PROG(name, ...)`: the entry
# function's name. Maps (`} m SEC(".maps");`) and the license do not match.
ENTRY_RE = re.compile(
    r'SEC\("[^"]*"\)\s*(?:\w+\s+)*?int\s+(\w+)\s*\(\s*(\w+)?')
ENTRY_MACROS = {"BPF_PROG", "BPF_KPROBE", "BPF_KRETPROBE", "BPF_KSYSCALL",
                "BPF_UPROBE", "BPF_URETPROBE", "BPF_PROG2"}


class HeaderError(Exception):
    """The file's header comment does not follow the corpus format."""


def parse_header(text, expected_class):
    """Returns (verdict, message) from the leading `//` comment block.

    `message` is None for an accept. Raises HeaderError with a reason a
    reader can act on when the header is missing or malformed.
    """
    block = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        block.append(line[2:].strip())
    if not block:
        raise HeaderError("no header comment: the file must start with `//` "
                          "lines describing the program, then `// Class: "
                          "<class>` and `// Kernel: accept|reject: <message>`")
    classes = [l for l in block if l.startswith("Class:")]
    kernels = [l for l in block if l.startswith("Kernel:")]
    described = [l for l in block
                 if l and not l.startswith(("Class:", "Kernel:", "Flags:"))]
    if not described:
        raise HeaderError("the header does not say what the program does "
                          "(a description line before `Class:`)")
    if len(classes) != 1:
        raise HeaderError("the header needs exactly one `// Class: <class>` "
                          "line, found %d" % len(classes))
    cls = classes[0][len("Class:"):].strip()
    if cls != expected_class:
        raise HeaderError("`Class: %s` does not match the directory `%s`" %
                          (cls, expected_class))
    if len(kernels) != 1:
        raise HeaderError("the header needs exactly one `// Kernel: accept` "
                          "or `// Kernel: reject: <message>` line, found %d" %
                          len(kernels))
    claim = kernels[0][len("Kernel:"):].strip()
    if claim == "accept":
        return "accept", None
    m = re.match(r"reject:\s*(.*)$", claim)
    if m and m.group(1):
        return "reject", m.group(1)
    if m:
        raise HeaderError("`Kernel: reject:` without the kernel's message")
    raise HeaderError("malformed claim `Kernel: %s`: expected `accept` or "
                      "`reject: <the kernel's first error line>`" % claim)


def header_flags(text):
    """Extra compile flags from `// Flags: ...` lines of the header."""
    flags = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        line = line[2:].strip()
        if line.startswith("Flags:"):
            flags += shlex.split(line[len("Flags:"):])
    return flags


VMLINUX_INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]vmlinux\.h[>"]', re.M)
VMLINUX_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              os.pardir, os.pardir, "scripts", "vmlinux-h.sh")


def vmlinux_flags(text, cache):
    """[] for a file not written against vmlinux.h; else the -I flag of a
    directory where scripts/vmlinux-h.sh generated it for the running
    kernel, or None when this machine cannot (no kernel BTF or bpftool)."""
    if not VMLINUX_INCLUDE_RE.search(text):
        return []
    p = subprocess.run([VMLINUX_SCRIPT, cache], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, text=True)
    return ["-I" + p.stdout.strip()] if p.returncode == 0 else None


def entry_names(text):
    """The names of the SEC(...) entry functions defined in a C file."""
    names = []
    for m in ENTRY_RE.finditer(text):
        name, first_arg = m.group(1), m.group(2)
        names.append(first_arg if name in ENTRY_MACROS and first_arg
                     else name)
    return names


class CorpusFormat(lit.formats.FileBasedTest):
    """Compile, load into the kernel, compare with the header's claim."""

    def __init__(self, clang, kernel_check, corpus_root, vmlinux_cache):
        super().__init__()
        self.vmlinux_cache = vmlinux_cache
        self.clang = clang
        self.kernel_check = kernel_check
        self.corpus_root = corpus_root

    def other_files_defining(self, name, path):
        """Corpus files other than `path` whose entry function is `name`."""
        found = []
        for root, _, files in os.walk(self.corpus_root):
            for f in files:
                other = os.path.join(root, f)
                if not f.endswith(".c") or os.path.samefile(other, path):
                    continue
                with open(other, errors="replace") as fh:
                    if name in entry_names(fh.read()):
                        found.append(os.path.relpath(other, self.corpus_root))
        return sorted(found)

    def execute(self, test, lit_config):
        if test.config.unsupported:
            return lit.Test.UNSUPPORTED, "the kernel refuses bpf(BPF_PROG_LOAD)"
        path = test.getSourcePath()
        expected_class = os.path.basename(os.path.dirname(path))
        with open(path, errors="replace") as fh:
            text = fh.read()
        try:
            want, want_msg = parse_header(text, expected_class)
        except HeaderError as e:
            return lit.Test.FAIL, "%s: bad corpus header: %s\n" % (path, e)

        _, tmp_base = lit.TestRunner.getTempPaths(test)
        os.makedirs(os.path.dirname(tmp_base), exist_ok=True)
        obj = tmp_base + ".o"
        extra = vmlinux_flags(text, self.vmlinux_cache)
        if extra is None:
            return lit.Test.UNSUPPORTED, (
                "written against vmlinux.h, which needs the running kernel's "
                "BTF and bpftool\n")
        compile_cmd = ([self.clang] + CFLAGS + header_flags(text) + extra +
                       ["-c", path, "-o", obj])
        log = "$ %s\n" % " ".join(compile_cmd)
        cc = subprocess.run(compile_cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
        if cc.returncode != 0:
            return lit.Test.FAIL, log + cc.stdout + "clang failed\n"

        check_cmd = [self.kernel_check, obj]
        log += "$ %s\n" % " ".join(check_cmd)
        kc = subprocess.run(check_cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
        log += kc.stdout + kc.stderr
        if kc.returncode == 77:
            return lit.Test.UNSUPPORTED, log
        if kc.returncode != 0:
            return lit.Test.FAIL, log + "bpf-kernel-check failed\n"
        programs = [json.loads(l) for l in kc.stdout.splitlines() if l.strip()]
        if len(programs) != 1:
            return lit.Test.FAIL, log + (
                "a corpus file holds exactly one program; this object has "
                "%d\n" % len(programs))
        got = programs[0]

        others = self.other_files_defining(got["name"], path)
        if others:
            return lit.Test.FAIL, log + (
                "program name '%s' is also used by %s: names must be unique "
                "across the corpus\n" % (got["name"], ", ".join(others)))
        if got["verdict"] == "skipped":
            return lit.Test.FAIL, log + (
                "the kernel never verified '%s' (%s): skipped programs do not "
                "belong in the corpus\n" % (got["name"], got["reason"]))
        if got["verdict"] != want:
            return lit.Test.FAIL, log + (
                "header claims %s, the kernel says %s%s\n" %
                (want, got["verdict"],
                 ": " + got["message"] if got["message"] else ""))
        if want == "reject" and got["message"] != want_msg:
            return lit.Test.FAIL, log + (
                "the kernel rejects with a different message\n"
                "  header: %s\n  kernel: %s\n" % (want_msg, got["message"]))
        return lit.Test.PASS, ""
