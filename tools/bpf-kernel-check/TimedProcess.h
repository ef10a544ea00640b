//===- TimedProcess.h - Run a command with a deadline -----------*- C++ -*-===//
//
// qemu runs a guest that may hang or panic. The command runs in its own
// process group, dies with this process (PR_SET_PDEATHSIG), and when the
// deadline passes the whole group is killed: nothing stays behind.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_TIMEDPROCESS_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_TIMEDPROCESS_H

#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct ProcessOutcome {
  /// False if the command could not be started; Error says why.
  bool Started = false;
  bool TimedOut = false;
  /// The exit status, or 128 + the signal that ended the command.
  int Status = 0;
  double Seconds = 0;
  std::string Error;
};

/// Runs \p Argv (searched in PATH) with stdin from /dev/null and stdout and
/// stderr appended to \p OutputPath; kills its process group after
/// \p TimeoutSeconds.
ProcessOutcome runWithTimeout(const std::vector<std::string> &Argv,
                              const std::string &OutputPath,
                              double TimeoutSeconds);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_TIMEDPROCESS_H
