//===- Options.h - Command line of bpf-kernel-check -------------*- C++ -*-===//
//
// The tool's command line, parsed by hand: the tool has no LLVM dependency,
// and its handful of options does not need a library.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_OPTIONS_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_OPTIONS_H

#include <ostream>
#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct Options {
  std::vector<std::string> Objects;
  /// Directory receiving one verifier log per program (empty: none).
  std::string LogDir;
  /// Only this program (empty: every program).
  std::string Program;
  /// The verifier log level: 1|4 (the failing path and the statistics) by
  /// default; 4 (statistics only) keeps the kernel's own timing closer to
  /// an unlogged load and still names the error.
  uint32_t LogLevel = 1 | 4;
  /// The largest verifier log buffer, in MiB. A path log that does not fit
  /// is dropped for a statistics-only load, which still gives the verdict.
  unsigned MaxLogMiB = 256;
  /// Only check whether the kernel accepts BPF_PROG_LOAD from us (with
  /// --kernel: whether qemu, the image and the guest programs are there).
  bool Probe = false;
  /// Check in this Debian kernel booted under qemu ("6.1", "6.12") instead
  /// of the running kernel (empty).
  std::string Kernel;
  /// With Kernel: how long the guest may run, in seconds (0: a default that
  /// grows with the number of objects).
  double TimeoutSeconds = 0;
  bool Help = false;
  /// 0: libbpf stays quiet; 1: its warnings and info; 2: also its debug.
  unsigned Verbosity = 0;
};

/// Parses argv into \p Opts. On a usage error returns false and describes it
/// in \p Error.
bool parseOptions(int Argc, char **Argv, Options &Opts, std::string &Error);

void printUsage(std::ostream &OS);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_OPTIONS_H
