//===- Messages.h - Kernel messages more than one check reports -*- C++ -*-===//
//
// Internal to lib/Analysis. The kernel reports some conditions with the same
// text from several checks; they are built here once so that the text
// stays identical everywhere it is used.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_MESSAGES_H
#define VERIFIABLE_LIB_ANALYSIS_MESSAGES_H

#include "Outcome.h"

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Model/KernelProfile.h"

#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// A pointer whose variable offset may be negative (check_mem_region_access
/// and friends): "R<N> min value is negative, either use unsigned index or
/// do a if (index >=0) check."
std::string negativeOffsetMessage(int Regno);
/// "R<N> type=<have> expected=<Expected>" (check_reg_type()).
Stopped rejectTypeMismatch(TransferEnv &E, int Regno, const RegState &R,
                           const char *Expected);
/// The note that points at where a maybe-NULL pointer came from.
void noteMaybeNull(TransferEnv &E, int Regno, const RegState &R);

/// \p Message as \p Profile's kernel words it: before 6.2 a ring buffer
/// record was "alloc_mem" and no argument took "trusted_ptr_".
std::string inKernelWords(const model::KernelProfile &Profile,
                          const std::string &Message);

} // namespace analysis
} // namespace verifiable

#endif
