#!/usr/bin/env python3
"""Fuzzing verifiable: every input a build can hand the plugin, mutated.

Each iteration picks one campaign and one mutated input, runs it with a
time limit, and keeps the input when the run crashes (a signal, a sanitizer
report, an LLVM stack dump), hangs (the time limit) or, for the compiler
campaigns, fails where plain clang/llc does not. Campaigns:

  c        a program from test/corpus or test/lit/engine with constants,
           comparison operators, types or lines changed, compiled with the
           plugin (and, to compare, without)
  ir       random IR from llvm-stress-22 through llc-22 -mtriple=bpf with
           the plugin loaded
  object   a compiled object with bytes flipped or cut, through
           bpf-kernel-check (it must report, never crash)
  btf      a corrupted BTF file as -verifiable-target-btf for a CO-RE
           program
  kconfig  a corrupted .config as -verifiable-kconfig for a __kconfig
           program
  asm      random BPF assembly in an inline asm statement

Everything derives from --seed: the same seed and iteration count give the
same inputs. Findings go to --out, one directory each, with the command
that reproduces it.

    scripts/fuzz.sh --minutes 10 --seed 7
    scripts/fuzz.sh --iterations 40 --seed 1     # what scripts/test.sh runs

Exit status: 0 nothing found, 1 findings, 2 usage or set-up error.
"""

import argparse
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CFLAGS = ["-target", "bpf", "-O2", "-g", "-I/usr/include/x86_64-linux-gnu"]
CRASH_MARKS = ("PLEASE submit a bug report", "Stack dump:",
               "ERROR: AddressSanitizer", "runtime error:",
               "LLVM ERROR:", "Assertion `")
CAMPAIGNS = ["c", "c", "c", "ir", "object", "btf", "kconfig", "asm"]

KCONFIG_PROGRAM = r'''
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern enum libbpf_tristate CONFIG_NF_CONNTRACK __kconfig __weak;
extern char CONFIG_LOCALVERSION[8] __kconfig __weak;
extern int CONFIG_HZ __kconfig __weak;
SEC("xdp") int fuzz_kconfig(struct xdp_md *ctx) {
  return (LINUX_KERNEL_VERSION + CONFIG_BPF_SYSCALL + CONFIG_NF_CONNTRACK +
          CONFIG_LOCALVERSION[1] + CONFIG_HZ) & 1;
}
char LICENSE[] SEC("license") = "GPL";
'''

CORE_PROGRAM = r'''
#define SEC(name) __attribute__((section(name), used))
struct __attribute__((preserve_access_index)) task_struct {
  int pid; int tgid; struct task_struct *real_parent; char comm[16];
};
struct __attribute__((preserve_access_index)) __sk_buff {
  unsigned int len; unsigned int pkt_type; unsigned int mark;
};
SEC("tc") int fuzz_core(struct __sk_buff *skb) {
  return skb->mark + skb->len + __builtin_preserve_field_info(
      ((struct task_struct *)0)->tgid, 2);
}
'''

ASM_TOKENS = ["r0", "r1", "r2", "r3", "r6", "r10", "w0", "w1", "%[x]",
              "=", "+=", "-=", "*=", "&=", "<<=", ">>=", "s>>=", "*(u8 *)",
              "*(u32 *)", "*(u64 *)", "(r10 - 8)", "(r1 + 0)", "if", "goto",
              "+1", "-1", "<", ">", "s<", "==", "call", "exit", "1", "0",
              "0x7fffffff", "-4096", "lock", "ll", ";", "\\n", "may_goto",
              "bswap16", "be32", "le64", "(", ")", "r1 = 0", "r0 = r1"]


def run(cmd, timeout, stdin=None):
    """(status, output): status is "ok", "fail", "crash" or "hang"."""
    try:
        p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout,
                           errors="replace", text=True)
    except subprocess.TimeoutExpired:
        return "hang", "timed out after %s s" % timeout
    out = p.stdout or ""
    if p.returncode < 0 or any(m in out for m in CRASH_MARKS):
        return "crash", out
    return ("ok" if p.returncode == 0 else "fail"), out


def mutate_c(text, rng):
    """One to three source mutations of a C program."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        line = lines[i]
        kind = rng.choice(["const", "cmp", "type", "delete", "dup"])
        if kind == "const":
            nums = list(re.finditer(r"\b\d+\b", line))
            if nums:
                m = rng.choice(nums)
                new = str(rng.choice([0, 1, -1, 7, 8, 15, 16, 255, 256, 511,
                                      512, 4096, 65535, 2**31 - 1,
                                      int(m.group()) + rng.choice([-1, 1])]))
                line = line[:m.start()] + new + line[m.end():]
        elif kind == "cmp":
            ops = list(re.finditer(r"<=|>=|==|!=|<|>", line))
            if ops:
                m = rng.choice(ops)
                line = (line[:m.start()] +
                        rng.choice(["<", "<=", ">", ">=", "==", "!="]) +
                        line[m.end():])
        elif kind == "type":
            types = list(re.finditer(
                r"\b(int|long|char|short|__u8|__u16|__u32|__u64|"
                r"unsigned)\b", line))
            if types:
                m = rng.choice(types)
                line = (line[:m.start()] +
                        rng.choice(["int", "long", "char", "short", "__u8",
                                    "__u64", "__s32", "unsigned"]) +
                        line[m.end():])
        elif kind == "delete" and not line.startswith("#"):
            line = ""
        elif kind == "dup":
            lines.insert(i, line)
        lines[i] = line
    return "\n".join(lines)


def corrupt_bytes(data, rng):
    """Flips, cuts or splices bytes of a binary file."""
    data = bytearray(data)
    if not data:
        return bytes(rng.randrange(256) for _ in range(16))
    kind = rng.choice(["flip", "flip", "cut", "zero", "splice"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif kind == "cut":
        del data[rng.randrange(len(data)):]
    elif kind == "zero":
        at = rng.randrange(len(data))
        data[at:at + 16] = bytes(min(16, len(data) - at))
    else:
        at = rng.randrange(len(data))
        data[at:at] = bytes(rng.randrange(256) for _ in range(8))
    return bytes(data)


class Fuzzer:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.findings = []
        self.sources = sorted(
            f for f in glob.glob(os.path.join(REPO, "test", "corpus", "*",
                                              "*.c")) +
            glob.glob(os.path.join(REPO, "test", "lit", "engine", "*.c"))
            if "vmlinux.h" not in open(f, errors="replace").read())
        self.plugin_flags = ["-fpass-plugin=" + args.plugin, "-mllvm",
                             "-verifiable-severity=warning"]

    def clang(self, src, out, extra=(), plugin=True):
        cmd = ([self.args.clang] + CFLAGS + list(extra) +
               (self.plugin_flags if plugin else []) + ["-c", src, "-o", out])
        return cmd

    def keep(self, campaign, why, files, cmd, output):
        where = os.path.join(self.args.out, "%s-%03d" % (campaign,
                                                         len(self.findings)))
        os.makedirs(where, exist_ok=True)
        for f in files:
            if os.path.exists(f):
                shutil.copy(f, where)
        with open(os.path.join(where, "README"), "w") as fh:
            fh.write("%s\n$ %s\n\n%s\n" % (why, " ".join(cmd), output[-4000:]))
        self.findings.append(where)
        print("fuzz: %s: %s (kept in %s)" % (campaign, why, where))

    def compare(self, campaign, src, extra=(), files=()):
        """The plugin must not crash or hang where plain clang does not."""
        obj = os.path.join(self.work, "out.o")
        cmd = self.clang(src, obj, extra)
        status, out = run(cmd, self.args.timeout)
        if status == "ok" or status == "fail" and "error: BPF verifier" in out:
            return
        plain, _ = run(self.clang(src, obj, extra, plugin=False),
                       self.args.timeout)
        if status in ("crash", "hang") and plain not in ("crash", "hang"):
            self.keep(campaign, "the plugin %sed; plain clang: %s" %
                      (status, plain), [src] + list(files), cmd, out)
        elif status == "fail" and plain == "ok" and "verifiable" not in out:
            self.keep(campaign, "the plugin failed; plain clang compiles it",
                      [src] + list(files), cmd, out)

    def campaign_c(self, rng):
        base = rng.choice(self.sources)
        src = os.path.join(self.work, "mutated.c")
        with open(base, errors="replace") as fh:
            text = mutate_c(fh.read(), rng)
        with open(src, "w") as fh:
            fh.write(text)
        self.compare("c", src, ["-D__TARGET_ARCH_x86"])

    def campaign_ir(self, rng):
        ll = os.path.join(self.work, "stress.ll")
        seed = rng.randrange(1 << 30)
        status, out = run(["llvm-stress-22", "-seed", str(seed), "-size",
                           str(rng.choice([10, 30, 80])), "-o", ll], 30)
        if status != "ok":
            return
        base = ["llc-22", "-mtriple=bpf", "-O2", ll, "-o", os.devnull]
        cmd = base[:1] + ["-load=" + self.args.plugin] + base[1:]
        status, out = run(cmd, self.args.timeout)
        if status in ("crash", "hang"):
            plain, _ = run(base, self.args.timeout)
            if plain not in ("crash", "hang"):
                self.keep("ir", "llc with the plugin %sed (llvm-stress seed "
                          "%d)" % (status, seed), [ll], cmd, out)

    def campaign_object(self, rng):
        src = rng.choice(self.sources)
        good = os.path.join(self.work, "good.o")
        if run(self.clang(src, good, ["-D__TARGET_ARCH_x86"], plugin=False),
               self.args.timeout)[0] != "ok":
            return
        bad = os.path.join(self.work, "corrupt.o")
        with open(good, "rb") as fh, open(bad, "wb") as out:
            out.write(corrupt_bytes(fh.read(), rng))
        cmd = [self.args.kernel_check, bad]
        # The kernel itself may spend seconds on a program it then calls
        # too large; on a loaded machine more: only far longer is a hang.
        status, out = run(cmd, self.args.timeout * 5)
        if status in ("crash", "hang") and "libbpf crashed" not in out:
            self.keep("object", "bpf-kernel-check %sed" % status, [bad], cmd,
                      out)

    def campaign_btf(self, rng):
        src = os.path.join(self.work, "core.c")
        with open(src, "w") as fh:
            fh.write(CORE_PROGRAM + 'char LICENSE[] SEC("license") = "GPL";\n')
        obj = os.path.join(self.work, "btfsrc.o")
        if run(self.clang(src, obj, plugin=False), self.args.timeout)[0] != "ok":
            return
        raw = os.path.join(self.work, "raw.btf")
        if run(["llvm-objcopy-22", "-O", "binary", "--only-section=.BTF",
                obj, raw], 30)[0] != "ok":
            return
        bad = os.path.join(self.work, "corrupt.btf")
        with open(raw, "rb") as fh, open(bad, "wb") as out:
            out.write(corrupt_bytes(fh.read(), rng))
        self.compare("btf", src, ["-mllvm", "-verifiable-target-btf=" + bad],
                     [bad])

    def campaign_kconfig(self, rng):
        src = os.path.join(self.work, "kconfig.c")
        with open(src, "w") as fh:
            fh.write(KCONFIG_PROGRAM)
        lines = ["# Linux/x86 6.1.%d Kernel Configuration" % rng.randrange(300),
                 "CONFIG_BPF_SYSCALL=y", "CONFIG_NF_CONNTRACK=m",
                 'CONFIG_LOCALVERSION="-fuzz"', "CONFIG_HZ=250"]
        text = "\n".join(lines) + "\n"
        bad = os.path.join(self.work, "fuzz.config")
        data = corrupt_bytes(text.encode(), rng)
        if rng.random() < 0.3:  # a value of another kind
            data = data.replace(b"=y", rng.choice([b"=m", b"=7", b'="y"',
                                                   b"=", b"=0x"]))
        with open(bad, "wb") as fh:
            fh.write(data)
        self.compare("kconfig", src, ["-mllvm", "-verifiable-kconfig=" + bad],
                     [bad])

    def campaign_asm(self, rng):
        body = " ".join(rng.choice(ASM_TOKENS)
                        for _ in range(rng.randint(1, 12)))
        src = os.path.join(self.work, "asm.c")
        with open(src, "w") as fh:
            fh.write("#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n"
                     'SEC("xdp") int fuzz_asm(struct xdp_md *ctx) {\n'
                     "  long x = ctx->data;\n"
                     '  asm volatile("%s" : [x] "+r"(x) :: "r0", "r1");\n'
                     "  return x & 1;\n}\n"
                     'char LICENSE[] SEC("license") = "GPL";\n' %
                     body.replace('"', ''))
        self.compare("asm", src)

    def iterate(self, index):
        rng = random.Random("%d:%d" % (self.args.seed, index))
        getattr(self, "campaign_" + rng.choice(CAMPAIGNS))(rng)


def main():
    ap = argparse.ArgumentParser(
        description="Fuzz the verifiable plugin and tools (scripts/fuzz.py).")
    ap.add_argument("--minutes", type=float, default=1.0,
                    help="stop after this long (default: %(default)s)")
    ap.add_argument("--iterations", type=int,
                    help="stop after this many inputs (and --minutes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=60,
                    help="seconds per run before it counts as a hang")
    ap.add_argument("--out", help="where findings are kept (default: "
                    "/tmp/verifiable-fuzz-<seed>)")
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--clang", default="clang-22")
    args = ap.parse_args()
    args.plugin = os.path.join(args.build, "lib", "verifiable.so")
    args.kernel_check = os.path.join(args.build, "bin", "bpf-kernel-check")
    args.out = args.out or os.path.join(tempfile.gettempdir(),
                                        "verifiable-fuzz-%d" % args.seed)
    for tool in (args.plugin, args.kernel_check):
        if not os.path.exists(tool):
            print("fuzz: %s is missing; build first" % tool, file=sys.stderr)
            return 2
    work = tempfile.mkdtemp(prefix="verifiable-fuzz-work-")
    fuzzer = Fuzzer(args, work)
    deadline = time.monotonic() + args.minutes * 60
    done = 0
    try:
        while time.monotonic() < deadline and (args.iterations is None or
                                               done < args.iterations):
            fuzzer.iterate(done)
            done += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("fuzz: %d inputs, seed %d, %d findings%s" %
          (done, args.seed, len(fuzzer.findings),
           " in " + args.out if fuzzer.findings else ""))
    return 1 if fuzzer.findings else 0


if __name__ == "__main__":
    sys.exit(main())
