//===- ProgramReport.h - The JSON line for one program ----------*- C++ -*-===//
//
// Turns a load outcome and its verifier log into the tool's output record.
// The field list is documented in docs/kernel-check.md; change both
// together.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMREPORT_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMREPORT_H

#include "ObjectInspector.h"
#include "Verdict.h"

#include <string>

namespace verifiable {
namespace kernelcheck {

/// One JSON object on one line (no trailing newline).
std::string formatProgramReport(const std::string &ObjectPath,
                                const ProgramInfo &Program,
                                const LoadOutcome &Outcome);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_PROGRAMREPORT_H
