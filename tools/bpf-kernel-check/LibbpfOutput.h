//===- LibbpfOutput.h - Capture of libbpf's own messages --------*- C++ -*-===//
//
// libbpf prints warnings to stderr by default. The tool keeps stderr for its
// own errors, so it captures libbpf's messages instead: they are what tells a
// map creation failure from a missing attach target when the kernel never got
// to run the verifier. With -v they are also shown.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_LIBBPFOUTPUT_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_LIBBPFOUTPUT_H

#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct LibbpfMessage {
  enum Severity { Warn, Info, Debug };
  Severity Level;
  /// One line, without the "libbpf: " prefix and trailing newline.
  std::string Text;
};

/// Routes libbpf's output into the capture buffer. \p Verbosity 1 also echoes
/// warnings and info to stderr, 2 echoes debug messages too.
void installLibbpfCapture(unsigned Verbosity);

/// Returns the messages captured since the last call and forgets them.
std::vector<LibbpfMessage> takeLibbpfMessages();

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_LIBBPFOUTPUT_H
