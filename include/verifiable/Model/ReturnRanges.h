//===- ReturnRanges.h - What a program may return ---------------*- C++ -*-===//
//
// For some program types the kernel insists that R0 at exit is a number in
// a fixed range (cgroup hooks return 0 or 1, sk_lookup SK_DROP or SK_PASS,
// ...); for the others any value will do. This is the kernel's
// check_return_code() for the main program (subprograms and callbacks follow
// other rules, which the engine applies).
//
// When a range applies and R0 is not a scalar, the kernel says "At program
// exit the register R0 is not a known value (%s)"; when R0's signed bounds
// leave the range, "At program exit the register R0 has smin=%lld smax=%lld
// should have been in [%d, %d]" (each bound printed only if known, or
// "unknown scalar value" if neither is).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_RETURNRANGES_H
#define VERIFIABLE_MODEL_RETURNRANGES_H

#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <optional>

namespace verifiable {
namespace model {

/// An inclusive range of signed 64-bit values for R0.
struct RetRange {
  int32_t Min;
  int32_t Max;
};

enum class ReturnRuleKind : uint8_t {
  Any,     // no check beyond R0 being readable
  Range,   // R0 must be a scalar within Range
  Unknown, // depends on BTF of the attach target: not modelled
};

struct ReturnRule {
  ReturnRuleKind Kind;
  RetRange Range; // meaningful for Kind == Range
};

ReturnRule returnRule(ProgType PT, AttachType AT);

/// The range the kernel enforces on R0 at exit, or std::nullopt when it
/// enforces none (or when returnRule() says Unknown).
std::optional<RetRange> expectedReturnRange(ProgType PT, AttachType AT);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_RETURNRANGES_H
