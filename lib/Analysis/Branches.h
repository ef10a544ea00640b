//===- Branches.h - What a comparison teaches the other registers -*- C++
//-*-===//
//
// Internal to lib/Analysis. After a conditional jump, what was learned about
// the compared registers also holds for their copies: a NULL check for
// every copy of the pointer, new bounds for every linked scalar
// (BranchTransfer.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_BRANCHES_H
#define VERIFIABLE_LIB_ANALYSIS_BRANCHES_H

#include "verifiable/Analysis/VerifierState.h"

#include <cstdint>

namespace verifiable {
namespace analysis {

/// Applies a NULL-check outcome to every copy of the pointer with \p Id.
void markNullChecked(VerifierState &S, uint32_t Id, bool IsNull);
/// Copies refined scalar bounds to every register linked by \p Refined's id.
void syncLinkedScalars(VerifierState &S, const RegState &Refined);

} // namespace analysis
} // namespace verifiable

#endif
