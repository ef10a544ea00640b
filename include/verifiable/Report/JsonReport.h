//===- JsonReport.h - Machine-readable verdicts -----------------*- C++ -*-===//
//
// The -verifiable-report=FILE output: one JSON record per program entry, for
// build systems, CI and the differential corpus to read.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_REPORT_JSONREPORT_H
#define VERIFIABLE_REPORT_JSONREPORT_H

#include "verifiable/Analysis/Finding.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace verifiable {

/// What the verdicts were computed against, so they can be reproduced.
struct ReportInputs {
  /// The target kernel BTF's path ("none" when there was none).
  std::string TargetBtfPath;
  /// "loaded", "unused" (no program needed it), "none" or "unreadable".
  std::string TargetBtfStatus;
  /// A hash of the raw BTF bytes when it was loaded.
  std::string TargetBtfHash;
  /// The kernel configuration's path ("none" when there was none).
  std::string KconfigPath;
  /// "loaded", "unused", "none" or "unreadable".
  std::string KconfigStatus;
  /// The kernel as -verifiable-kernel named it ("6.1"), empty without the
  /// option; then its profile's name.
  std::string Kernel;
  std::string Profile;
};

/// The verdicts for one kernel of the compile.
struct KernelVerdicts {
  ReportInputs Inputs;
  std::vector<Finding> Findings;
};

/// Writes {"programs": [...], "target_btf": {...}} with one object per
/// finding.
void writeJsonReport(const std::vector<Finding> &Findings,
                     llvm::raw_ostream &OS,
                     const ReportInputs &Inputs = ReportInputs());

/// Writes one record per finding per kernel. With named kernels, each
/// record says its "kernel" and "kernels" lists what each was checked
/// against; "target_btf" and "kconfig" are the first kernel's.
void writeJsonReport(const std::vector<KernelVerdicts> &Kernels,
                     llvm::raw_ostream &OS);
llvm::Error writeJsonReportFile(const std::vector<KernelVerdicts> &Kernels,
                                llvm::StringRef Path);

/// Writes the report to \p Path, replacing the file.
llvm::Error writeJsonReportFile(const std::vector<Finding> &Findings,
                                llvm::StringRef Path,
                                const ReportInputs &Inputs = ReportInputs());

} // namespace verifiable

#endif
