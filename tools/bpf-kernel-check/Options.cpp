//===- Options.cpp - Command line of bpf-kernel-check ---------------------===//
//
// Parses `--opt VALUE`, `--opt=VALUE`, flags and positional object files.
//
//===----------------------------------------------------------------------===//
#include "Options.h"

#include "KernelImage.h"

#include <cstdlib>

using namespace verifiable::kernelcheck;

namespace {

/// Matches `--Name VALUE` or `--Name=VALUE`; advances \p I past the value.
/// Returns false if \p Arg is not this option at all.
bool takeValue(const std::string &Name, int Argc, char **Argv, int &I,
               std::string &Value, std::string &Error) {
  std::string Arg = Argv[I];
  if (Arg == Name) {
    if (I + 1 >= Argc) {
      Error = "option '" + Name + "' requires a value";
      return true;
    }
    Value = Argv[++I];
    return true;
  }
  if (Arg.compare(0, Name.size() + 1, Name + "=") == 0) {
    Value = Arg.substr(Name.size() + 1);
    return true;
  }
  return false;
}

} // namespace

bool verifiable::kernelcheck::parseOptions(int Argc, char **Argv, Options &Opts,
                                           std::string &Error) {
  bool OnlyPositional = false;
  for (int I = 1; I < Argc; ++I) {
    std::string Arg = Argv[I];
    if (OnlyPositional || Arg.empty() || Arg[0] != '-' || Arg == "-") {
      Opts.Objects.push_back(Arg);
      continue;
    }
    if (Arg == "--") {
      OnlyPositional = true;
      continue;
    }
    if (Arg == "-h" || Arg == "--help") {
      Opts.Help = true;
      continue;
    }
    if (Arg == "--probe") {
      Opts.Probe = true;
      continue;
    }
    if (Arg == "-v" || Arg == "--verbose") {
      ++Opts.Verbosity;
      continue;
    }
    if (Arg == "-vv") {
      Opts.Verbosity += 2;
      continue;
    }
    std::string Level;
    if (takeValue("--log-level", Argc, Argv, I, Level, Error)) {
      if (!Error.empty())
        return false;
      if (Level != "4" && Level != "5" && Level != "6" && Level != "7") {
        Error = "--log-level must be 4, 5, 6 or 7 (the statistics bit 4 "
                "is needed for the processed-instruction count)";
        return false;
      }
      Opts.LogLevel = static_cast<uint32_t>(std::stoul(Level));
      continue;
    }
    std::string MiB;
    if (takeValue("--max-log-mib", Argc, Argv, I, MiB, Error)) {
      if (!Error.empty())
        return false;
      char *End = nullptr;
      unsigned long Value = std::strtoul(MiB.c_str(), &End, 10);
      if (MiB.empty() || *End || Value == 0 || Value > 4096) {
        Error = "--max-log-mib must be a whole number from 1 to 4096";
        return false;
      }
      Opts.MaxLogMiB = static_cast<unsigned>(Value);
      continue;
    }
    std::string Timeout;
    if (takeValue("--timeout", Argc, Argv, I, Timeout, Error)) {
      if (!Error.empty())
        return false;
      char *End = nullptr;
      Opts.TimeoutSeconds = std::strtod(Timeout.c_str(), &End);
      if (Timeout.empty() || *End || !(Opts.TimeoutSeconds > 0)) {
        Error = "--timeout must be a positive number of seconds";
        return false;
      }
      continue;
    }
    if (takeValue("--kernel", Argc, Argv, I, Opts.Kernel, Error)) {
      if (!Error.empty())
        return false;
      if (!isKnownKernelVersion(Opts.Kernel)) {
        Error = "unknown kernel '" + Opts.Kernel +
                "' for --kernel (known: " + knownKernelVersions() + ")";
        return false;
      }
      continue;
    }
    if (takeValue("--log", Argc, Argv, I, Opts.LogDir, Error) ||
        takeValue("--program", Argc, Argv, I, Opts.Program, Error)) {
      if (!Error.empty())
        return false;
      continue;
    }
    Error = "unknown option '" + Arg + "'";
    return false;
  }
  if (!Opts.Kernel.empty() && !Opts.LogDir.empty()) {
    Error = "--log is not supported with --kernel (the guest keeps no logs)";
    return false;
  }
  if (Opts.Kernel.empty() && Opts.TimeoutSeconds > 0) {
    Error = "--timeout needs --kernel";
    return false;
  }
  if (!Opts.Help && !Opts.Probe && Opts.Objects.empty()) {
    Error = "no input objects";
    return false;
  }
  return true;
}

void verifiable::kernelcheck::printUsage(std::ostream &OS) {
  OS << "usage: bpf-kernel-check [options] OBJECT...\n"
        "\n"
        "Loads every BPF program of each object, one at a time, into the\n"
        "running kernel and prints the verifier's verdict as one JSON line\n"
        "per program. Nothing stays loaded and nothing is pinned.\n"
        "\n"
        "options:\n"
        "  --log DIR       write each program's verifier log to "
        "DIR/<prog>.log\n"
        "                  (DIR/<object>/<prog>.log with several objects)\n"
        "  --program NAME  check only the program NAME\n"
        "  --log-level N   verifier log level, 4 to 7 (default 5 = 1|4; 4\n"
        "                  logs only the error and the statistics)\n"
        "  --max-log-mib N the largest verifier log buffer (default 256);\n"
        "                  a log that does not fit is replaced by the\n"
        "                  error and the statistics (level 4)\n"
        "  --probe         exit 0 if the kernel accepts BPF_PROG_LOAD from\n"
        "                  this process, 1 otherwise; load nothing else\n"
        "                  (with --kernel: exit 0 if qemu and the image are\n"
        "                  installed, 77 otherwise; nothing is booted)\n"
        "  --kernel V      check in Debian's kernel V (6.1, 6.12) booted\n"
        "                  under qemu instead of the running kernel; one boot\n"
        "                  checks every object (scripts/kernel-images.sh\n"
        "                  installs qemu and the images)\n"
        "  --timeout S     with --kernel: kill the guest after S seconds\n"
        "                  (default 120 + 3 per object)\n"
        "  -v, --verbose   show libbpf's own messages (-vv: also its debug)\n"
        "  -h, --help      show this help\n"
        "\n"
        "exit status: 0 when every object was checked (whatever the\n"
        "verdicts), 1 when an object could not be read, 2 on a usage error,\n"
        "77 when the kernel does not let this process load BPF programs (with\n"
        "--kernel: when qemu or the kernel image is missing).\n";
}
