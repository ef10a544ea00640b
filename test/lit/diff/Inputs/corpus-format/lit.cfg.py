# A miniature corpus suite for testing the corpus test format itself
# (test/corpus/corpus_format.py): files with broken headers and false
# claims. Run by test/lit/diff/corpus-format-*.test with
#   lit --param exec_root=DIR --param kernel_check=PATH --param clang=PATH
import os
import sys

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "..", "corpus"))
import corpus_format  # noqa: E402

config.name = "corpus-format"
config.suffixes = [".c"]
config.test_source_root = here
config.test_exec_root = lit_config.params["exec_root"]
config.test_format = corpus_format.CorpusFormat(
    clang=lit_config.params["clang"],
    kernel_check=lit_config.params["kernel_check"],
    corpus_root=here,
    vmlinux_cache=os.path.join(lit_config.params["exec_root"], "vmlinux"))
