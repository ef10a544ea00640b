//===- bpf-kernel-check.cpp - The kernel oracle ---------------------------===//
//
// Loads each program of each object, one at a time, into the running kernel
// and prints the real verifier's verdict as one JSON line per program. This
// is the ground truth every prediction of the verifiable plugin is measured
// against; see docs/kernel-check.md. With --kernel VERSION the programs are
// loaded in that Debian kernel, booted under qemu (GuestBatch.h).
//
//===----------------------------------------------------------------------===//
#include "GuestBatch.h"
#include "KernelImage.h"
#include "KernelProbe.h"
#include "LibbpfOutput.h"
#include "LogDirectory.h"
#include "ObjectInspector.h"
#include "Options.h"
#include "ProgramLoader.h"
#include "ProgramReport.h"
#include "StructOpsLink.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <unistd.h>

using namespace verifiable::kernelcheck;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitInputError = 1;
constexpr int ExitUsage = 2;
constexpr int ExitNoKernel = 77;

void error(const std::string &Message) {
  std::cerr << "bpf-kernel-check: error: " << Message << "\n";
}

/// --kernel VERSION: the objects are checked on the host, then loaded in one
/// qemu boot of that kernel.
int checkInGuest(const Options &Opts) {
  KernelImage Image;
  std::string Error, Init, Loader, Qemu;
  bool Installed = findKernelImage(Opts.Kernel, Image, Error) &&
                   findQemu(Qemu, Error) &&
                   findGuestBinaries(Init, Loader, Error);
  if (Opts.Probe) {
    if (!Installed)
      error(Error);
    return Installed ? ExitOk : ExitNoKernel;
  }

  bool Failed = false, ProgramFound = false;
  std::vector<std::string> Objects;
  for (const std::string &Path : Opts.Objects) {
    ObjectInfo Object;
    if (!inspectObject(Path, Object, Error)) {
      error(Path + ": " + Error);
      Failed = true;
      continue;
    }
    for (const ProgramInfo &Program : Object.Programs)
      ProgramFound |= Opts.Program.empty() || Program.Name == Opts.Program;
    Objects.push_back(Path);
  }
  if (!Opts.Program.empty() && !ProgramFound && !Failed) {
    error("no program named '" + Opts.Program + "'");
    return ExitInputError;
  }
  if (Objects.empty())
    return ExitInputError;
  if (!Installed) {
    error(Error);
    return ExitNoKernel;
  }

  GuestRequest Request;
  Request.Image = Image;
  Request.Objects = Objects;
  if (Opts.LogLevel != (1 | 4))
    Request.LoaderOptions.push_back("--log-level=" +
                                    std::to_string(Opts.LogLevel));
  if (Opts.MaxLogMiB != Options().MaxLogMiB)
    Request.LoaderOptions.push_back("--max-log-mib=" +
                                    std::to_string(Opts.MaxLogMiB));
  if (!Opts.Program.empty())
    Request.LoaderOptions.push_back("--program=" + Opts.Program);
  for (unsigned I = 0; I < Opts.Verbosity; ++I)
    Request.LoaderOptions.push_back("-v");
  Request.EchoConsole = Opts.Verbosity > 0;
  Request.TimeoutSeconds =
      Opts.TimeoutSeconds > 0
          ? Opts.TimeoutSeconds
          : 120.0 + 3.0 * static_cast<double>(Objects.size());
  Request.CopyBtf = access(Image.BtfPath.c_str(), R_OK) != 0;
  if (const char *Hook = std::getenv("VERIFIABLE_GUEST_TEST_HOOK"))
    Request.TestHook = Hook;

  GuestResult Result;
  if (!runGuestBatch(Request, Result, Error)) {
    error("kernel " + Opts.Kernel + ": " + Error);
    return ExitInputError;
  }
  for (const std::string &Line : Result.Lines)
    std::cout << Line << "\n";
  std::cout.flush();
  for (const std::string &Line : Result.LoaderErrors)
    std::cerr << Line << "\n";
  if (!Result.BtfWarning.empty())
    std::cerr << "bpf-kernel-check: warning: kernel " << Opts.Kernel
              << ": BTF not cached: " << Result.BtfWarning << "\n";
  if (!Result.Finished) {
    error("kernel " + Opts.Kernel + " (" + Image.Release +
          "): " + Result.Failure);
    return ExitInputError;
  }
  if (Result.LoaderStatus == ExitNoKernel)
    return ExitNoKernel;
  return Failed || Result.LoaderStatus != 0 ? ExitInputError : ExitOk;
}

} // namespace

int main(int Argc, char **Argv) {
  Options Opts;
  std::string Error;
  if (!parseOptions(Argc, Argv, Opts, Error)) {
    error(Error);
    std::cerr << "run 'bpf-kernel-check --help' for usage\n";
    return ExitUsage;
  }
  if (Opts.Help) {
    printUsage(std::cout);
    return ExitOk;
  }
  installLibbpfCapture(Opts.Verbosity);
  if (!Opts.Kernel.empty())
    return checkInGuest(Opts);

  if (Opts.Probe) {
    ProbeResult Probe = probeKernel();
    if (!Probe.Allowed)
      error(Probe.Explanation);
    return Probe.Allowed ? ExitOk : ExitInputError;
  }

  std::unique_ptr<LogDirectory> Logs;
  if (!Opts.LogDir.empty())
    Logs = std::make_unique<LogDirectory>(Opts.LogDir, Opts.Objects.size() > 1);

  bool Failed = false, KernelProbed = false, ProgramFound = false;
  for (const std::string &Path : Opts.Objects) {
    ObjectInfo Object;
    if (!inspectObject(Path, Object, Error)) {
      error(Path + ": " + Error);
      Failed = true;
      continue;
    }
    // Inputs are checked before the kernel is, so bad input is reported
    // the same way with or without bpf() permission.
    if (!KernelProbed) {
      ProbeResult Probe = probeKernel();
      if (!Probe.Allowed) {
        error(Probe.Explanation);
        return ExitNoKernel;
      }
      KernelProbed = true;
    }
    for (const ProgramInfo &Program : Object.Programs) {
      if (!Opts.Program.empty() && Program.Name != Opts.Program)
        continue;
      ProgramFound = true;
      LoadSettings Settings;
      Settings.LogLevel = Opts.LogLevel;
      Settings.MaxLogSize = size_t(Opts.MaxLogMiB) << 20;
      Settings.InitialLogSize =
          std::min(Settings.InitialLogSize, Settings.MaxLogSize);
      LoadableCopy Copy(Path);
      LoadOutcome Outcome = loadProgram(Copy.path(), Program.Name, Settings);
      std::cout << formatProgramReport(Path, Program, Outcome) << std::endl;
      if (Logs && !Logs->write(Path, Program.Name, Outcome.Log, Error)) {
        error(Error);
        Failed = true;
      }
    }
  }
  if (!Opts.Program.empty() && !ProgramFound && !Failed) {
    error("no program named '" + Opts.Program + "'");
    return ExitInputError;
  }
  return Failed ? ExitInputError : ExitOk;
}
