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

#include <vector>

namespace llvm {
class raw_ostream;
}

namespace verifiable {

/// Writes {"programs": [...]} with one object per finding.
void writeJsonReport(const std::vector<Finding> &Findings,
                     llvm::raw_ostream &OS);

/// Writes the report to \p Path, replacing the file.
llvm::Error writeJsonReportFile(const std::vector<Finding> &Findings,
                                llvm::StringRef Path);

} // namespace verifiable

#endif
