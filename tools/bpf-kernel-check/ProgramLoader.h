//===- ProgramLoader.h - Load one program into the kernel -------*- C++ -*-===//
//
// Loads one program of an object on its own (every other program has
// autoload off) with a verifier log, and unloads everything again. This is
// the only place that asks the kernel for a verdict.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMLOADER_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMLOADER_H

#include "Verdict.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace verifiable {
namespace kernelcheck {

struct LoadSettings {
  /// First verifier log buffer; grown 4x on ENOSPC up to MaxLogSize.
  size_t InitialLogSize = size_t(16) << 20;
  size_t MaxLogSize = size_t(256) << 20;
  /// BPF_LOG_LEVEL1 | BPF_LOG_STATS: the failing path, then the statistics
  /// ("verification time", "stack depth", "processed ... insns").
  uint32_t LogLevel = 1 | 4;
};

/// Loads program \p ProgName of the object at \p Path. libbpf runs in a
/// child process (see Subprocess.h); the program is unloaded before this
/// returns.
LoadOutcome loadProgram(const std::string &Path, const std::string &ProgName,
                        const LoadSettings &Settings = LoadSettings());

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMLOADER_H
