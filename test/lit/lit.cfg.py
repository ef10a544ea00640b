# lit configuration for verifiable: substitutions for the plugin, clang-22,
# opt-22, llc-22 and the project's tools, and the `kernel-bpf` feature when
# this machine's kernel accepts bpf(BPF_PROG_LOAD) (and `--param kernel=off`
# is not given), `vmlinux-btf` when the running kernel's BTF is readable
# and bpftool can turn it into vmlinux.h, and `kallsyms-no-data` when its
# symbol table lists no data symbols; `qemu-kernel-6.1` and `qemu-kernel-6.12`
# when `bpf-kernel-check --kernel V` can boot that kernel (qemu, the cached
# image and the static guest programs are there; `--param qemu=off` turns
# them off).
import os
import shutil
import subprocess

import lit.formats

config.name = "verifiable"
config.test_format = lit.formats.ShTest(not lit_config.useValgrind)
config.suffixes = [".c", ".ll", ".test", ".mir"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.verifiable_obj_root, "test", "lit")

llvm_bin = config.llvm_tools_dir
tools = config.verifiable_tools_dir
plugin = config.verifiable_plugin

config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, tools, config.environment.get("PATH", "")])

# BPF programs include <asm/...> through linux headers; Debian keeps them
# under the multiarch directory.
bpf_includes = "-I/usr/include/x86_64-linux-gnu -I%s" % os.path.join(
    config.verifiable_src_root, "test", "lit", "Inputs", "include")
clang = os.path.join(llvm_bin, "clang")
clang_plain = "%s -target bpf -O2 -g %s" % (clang, bpf_includes)

config.substitutions.append(("%plugin", plugin))
config.substitutions.append(
    ("%clang_bpf_plain", clang_plain))
config.substitutions.append(
    ("%clang_bpf", "%s -fpass-plugin=%s" % (clang_plain, plugin)))
config.substitutions.append(("%clang", clang))
config.substitutions.append(
    ("%opt", "%s -load-pass-plugin=%s" % (os.path.join(llvm_bin, "opt"), plugin)))
config.substitutions.append(
    ("%llc", "%s -load=%s" % (os.path.join(llvm_bin, "llc"), plugin)))
config.substitutions.append(("%llvm-objdump", os.path.join(llvm_bin, "llvm-objdump")))
config.substitutions.append(
    ("%bpf-kernel-check", os.path.join(tools, "bpf-kernel-check")))
config.substitutions.append(("%bpftool", shutil.which("bpftool") or "bpftool"))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(
    ("%kernel_agrees",
     "python3 %s" % os.path.join(config.verifiable_src_root, "test", "lit",
                                 "Inputs", "kernel_agrees.py")))
config.substitutions.append(
    ("%make_btf",
     "python3 %s" % os.path.join(config.verifiable_src_root, "test", "lit",
                                 "Inputs", "make_btf.py")))
config.substitutions.append(
    ("%causes",
     "python3 %s" % os.path.join(config.verifiable_src_root, "test", "lit",
                                 "Inputs", "causes.py")))
config.substitutions.append(
    ("%verdicts",
     "python3 %s" % os.path.join(config.verifiable_src_root, "test", "lit",
                                 "Inputs", "verdicts.py")))
config.substitutions.append(
    ("%verifiable-diff",
     "python3 %s --plugin %s --kernel-check %s --clang %s" % (
         os.path.join(config.verifiable_src_root, "tools", "verifiable-diff",
                      "verifiable-diff"),
         plugin, os.path.join(tools, "bpf-kernel-check"), clang)))


def kernel_accepts_bpf():
    """A trivial program loads through bpf(BPF_PROG_LOAD) on this machine."""
    checker = os.path.join(tools, "bpf-kernel-check")
    if not os.path.exists(checker):
        return False
    try:
        return subprocess.run([checker, "--probe"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# `--param kernel=off` (e.g. LIT_OPTS="--param kernel=off" scripts/test.sh)
# runs the suite as on a machine whose kernel refuses bpf(): what must still
# be checked there.
if lit_config.params.get("kernel", "auto") != "off" and kernel_accepts_bpf():
    config.available_features.add("kernel-bpf")


def qemu_kernel_installed(version):
    """bpf-kernel-check --kernel VERSION has what it needs (nothing is
    booted): scripts/kernel-images.sh installed qemu and the image."""
    checker = os.path.join(tools, "bpf-kernel-check")
    try:
        env = dict(os.environ, VERIFIABLE_KERNEL_CACHE=kernel_cache)
        return subprocess.run([checker, "--kernel", version, "--probe"],
                              env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# Where scripts/kernel-images.sh caches the images: given to the tests
# explicitly (lit does not pass HOME on).
kernel_cache = os.environ.get("VERIFIABLE_KERNEL_CACHE") or os.path.join(
    os.path.expanduser("~"), ".cache", "verifiable", "kernels")
config.environment["VERIFIABLE_KERNEL_CACHE"] = kernel_cache
config.substitutions.append(("%kernel_cache", kernel_cache))
if lit_config.params.get("qemu", "auto") != "off":
    for version in ("6.1", "6.12"):
        if qemu_kernel_installed(version):
            config.available_features.add("qemu-kernel-" + version)

if os.access("/sys/kernel/btf/vmlinux", os.R_OK) and shutil.which("bpftool"):
    config.available_features.add("vmlinux-btf")


def kallsyms_lacks_data_symbols():
    """The running kernel's symbol table has no data symbols (no
    CONFIG_KALLSYMS_ALL): the verifier cannot resolve typed __ksym
    variables."""
    try:
        with open("/proc/kallsyms") as f:
            return not any(line.split()[2:3] == ["runqueues"] for line in f)
    except OSError:
        return False


if kallsyms_lacks_data_symbols():
    config.available_features.add("kallsyms-no-data")

# `kernel-config` when the running kernel's .config is where libbpf reads it
# (the plugin's default for __kconfig externs).
if os.access("/boot/config-" + os.uname().release, os.R_OK) or \
        os.access("/proc/config.gz", os.R_OK):
    config.available_features.add("kernel-config")

# A sanitizer build (VERIFIABLE_SANITIZE): clang-22 is not instrumented, so
# the sanitizer runtimes the plugin was linked against are preloaded into
# every command; leaks are not reported (clang frees little on purpose).
if getattr(config, "verifiable_sanitize", False):
    runtimes = []
    for lib in ("libasan.so", "libubsan.so"):
        out = subprocess.run([config.cxx_compiler, "-print-file-name=" + lib],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
        if os.path.isabs(out) and os.path.exists(out):
            runtimes.append(os.path.realpath(out))
    config.environment["LD_PRELOAD"] = ":".join(runtimes)
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    config.available_features.add("sanitizer")
