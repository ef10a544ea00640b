//===- KernelProbe.h - May this process load BPF programs? ------*- C++ -*-===//
//
// Loads the smallest program there is ("r0 = 0; exit" as a socket filter)
// with a raw BPF_PROG_LOAD. If the kernel refuses it, no verdict the tool
// could print would mean anything: lit uses this (--probe) to decide the
// `kernel-bpf` feature, and the tool exits 77 ("skip") without it.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELPROBE_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELPROBE_H

#include <string>

namespace verifiable {
namespace kernelcheck {

struct ProbeResult {
  bool Allowed = false;
  /// errno of the refused load, 0 if allowed.
  int Errno = 0;
  /// Human-readable explanation when not allowed.
  std::string Explanation;
};

ProbeResult probeKernel();

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELPROBE_H
