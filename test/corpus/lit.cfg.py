# lit configuration for the differential corpus: every *.c file below this
# directory is one test, checked by CorpusFormat (corpus_format.py) against
# its `Kernel:` header. The suite is unsupported when this machine's kernel
# refuses bpf(BPF_PROG_LOAD), as the `kernel-bpf` feature of test/lit is.
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(__file__))
import corpus_format  # noqa: E402

config.name = "verifiable-corpus"
config.suffixes = [".c"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.verifiable_obj_root, "test",
                                     "corpus")

checker = os.path.join(config.verifiable_tools_dir, "bpf-kernel-check")
config.test_format = corpus_format.CorpusFormat(
    clang=os.path.join(config.llvm_tools_dir, "clang"),
    kernel_check=checker,
    corpus_root=config.test_source_root,
    vmlinux_cache=os.path.join(config.verifiable_obj_root, "test", "vmlinux"))


def kernel_accepts_bpf():
    """A trivial program loads through bpf(BPF_PROG_LOAD) on this machine."""
    if not os.path.exists(checker):
        return False
    try:
        return subprocess.run([checker, "--probe"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# `--param kernel=off` skips the suite as a machine without bpf() does.
if lit_config.params.get("kernel", "auto") == "off" or not kernel_accepts_bpf():
    config.unsupported = True
