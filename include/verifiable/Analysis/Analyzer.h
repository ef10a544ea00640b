//===- Analyzer.h - Entry point of the abstract interpreter ----*- C++ -*-===//
//
// The one call the front-ends and tools make: analyse a program entry of a
// bpf::Program and get the predicted verdict.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_ANALYZER_H
#define VERIFIABLE_ANALYSIS_ANALYZER_H

#include "verifiable/Analysis/Finding.h"
#include "verifiable/Model/KernelLimits.h"
#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Model/TargetBtf.h"
#include "verifiable/Program/Program.h"

#include <cstdint>
#include <ostream>

namespace verifiable {
namespace model {
class TargetBtf;
} // namespace model

struct AnalysisOptions {
  /// The target machine's nr_cpu_ids (bpf_get_smp_processor_id() returns
  /// less); 0: unknown, and the largest the kernel allows is assumed.
  uint32_t NrCpuIds = 0;
  /// Instructions the engine may process per program, like the kernel's
  /// BPF_COMPLEXITY_LIMIT_INSNS. Beyond it the verdict is unknown: the
  /// kernel may prune more paths than the engine and stay under its limit.
  uint64_t InsnBudget = model::MaxProcessedInsns;
  /// Prune like the kernel with precision marks: compare only the scalars
  /// a verified path depended on (lib/Analysis/Precision.h). false: every
  /// live scalar (the static Relevance alone).
  bool TrackPrecision = true;
  /// Loader privileges: the kernel allows more to CAP_BPF+CAP_PERFMON.
  /// false also drops the privilege of the profile below; the engine reads
  /// privilege from the effective profile only.
  bool Privileged = true;
  /// Per-instruction state dump, like the kernel's log level 2.
  std::ostream *StateLog = nullptr;
  /// `const volatile` globals (knobs a loader may set before loading): false
  /// reads their initial values, which the kernel checks when the loader
  /// sets nothing; true lets them hold any value.
  bool KnobsAnyValue = false;
  /// An accept that read knobs is analysed again with any knob values, to
  /// warn when other values would be rejected. That run only warns, so its
  /// budget is this many instructions or 4x the first run's, whichever is
  /// more (never above InsnBudget): a program whose knobs gate most of its
  /// code would otherwise cost the kernel's whole limit. 0: no second run.
  uint64_t KnobCheckBudget = 50000;
  /// The kernel whose verifier is predicted; nullptr: the host's.
  const model::KernelProfile *Profile = nullptr;
  /// The target kernel's BTF, read when a program needs it (contexts typed
  /// by BTF, kernel struct pointers); nullptr: none, such programs are
  /// unknown.
  model::TargetBtf *TargetBtf = nullptr;
};

Finding analyzeProgram(const bpf::Program &P, const bpf::Function &Entry,
                       const AnalysisOptions &Opts = AnalysisOptions());

} // namespace verifiable

#endif
