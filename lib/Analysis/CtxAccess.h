//===- CtxAccess.h - Context field rules for the engine ---------*- C++ -*-===//
//
// Internal to lib/Analysis: asks the model whether a program type may read
// or write a context field, and turns the answer into the register the load
// produces (a scalar, or a packet pointer for data/data_end/data_meta).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_CTXACCESS_H
#define VERIFIABLE_LIB_ANALYSIS_CTXACCESS_H

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Model/Sections.h"

#include <string>

namespace verifiable {
namespace analysis {

struct CtxAccessResult {
  enum { Allowed, Refused, Unknown } Status = Unknown;
  RegState Loaded = RegState::unknownScalar();
  std::string Why;
};

CtxAccessResult checkCtxAccess(const model::SectionInfo &Section, int Off,
                               unsigned Size, bool IsWrite);

} // namespace analysis
} // namespace verifiable

#endif
