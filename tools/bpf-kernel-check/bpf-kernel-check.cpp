//===- bpf-kernel-check.cpp - The kernel oracle ---------------------------===//
//
// Loads each program of each object, one at a time, into the running kernel
// and prints the real verifier's verdict as one JSON line per program. This
// is the ground truth every prediction of the verifiable plugin is measured
// against; see docs/kernel-check.md.
//
//===----------------------------------------------------------------------===//
#include "KernelProbe.h"
#include "LibbpfOutput.h"
#include "LogDirectory.h"
#include "ObjectInspector.h"
#include "Options.h"
#include "ProgramLoader.h"
#include "ProgramReport.h"
#include "StructOpsLink.h"

#include <cstdio>
#include <iostream>
#include <memory>

using namespace verifiable::kernelcheck;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitInputError = 1;
constexpr int ExitUsage = 2;
constexpr int ExitNoKernel = 77;

void error(const std::string &Message) {
  std::cerr << "bpf-kernel-check: error: " << Message << "\n";
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
