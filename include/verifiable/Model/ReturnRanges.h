//===- ReturnRanges.h - What a program may return ---------------*- C++ -*-===//
//
// Some program types must return a value in a fixed range (cgroup hooks
// return 0 or 1, sk_lookup SK_DROP or SK_PASS, ...). The kernel checks R0 at
// the program's exit against this range.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_RETURNRANGES_H
#define VERIFIABLE_MODEL_RETURNRANGES_H

#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <optional>

namespace verifiable {
namespace model {

struct RetRange {
  int64_t Min;
  int64_t Max;
};

/// The range R0 must be in at the main program's exit; nullopt when any
/// scalar (or, for the privileged loader, any value) is accepted.
std::optional<RetRange> expectedReturnRange(ProgType PT, AttachType AT);

} // namespace model
} // namespace verifiable

#endif
