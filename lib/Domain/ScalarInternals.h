//===- ScalarInternals.h - Kernel bound-keeping steps shared in lib/Domain ===//
//
// The kernel's ALU transfer functions call small bound-keeping steps (update
// the ranges from the tnum, mark a half known or unbounded) in a precise
// order. Those steps are not part of the public Scalar API; this header shares
// them between the files of lib/Domain that replay that order.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_LIB_DOMAIN_SCALARINTERNALS_H
#define VERIFIABLE_LIB_DOMAIN_SCALARINTERNALS_H

#include "verifiable/Domain/Scalar.h"

namespace verifiable {
namespace domain {
namespace detail {

/// Tightens the 32-bit ranges from the low half of the tnum.
void updateBounds32(Scalar &S);
/// Tightens the 64-bit ranges from the tnum; collapses to a constant when the
/// tnum and the unsigned range share exactly one value.
void updateBounds64(Scalar &S);
/// Both of the above, 32-bit first (kernel __update_reg_bounds).
inline void updateBounds(Scalar &S) {
  updateBounds32(S);
  updateBounds64(S);
}

/// Every component becomes V (kernel ___mark_reg_known).
void markKnown(Scalar &S, uint64_t V);
/// The low 32 bits become V; the 64-bit ranges are left alone.
void markKnown32(Scalar &S, uint32_t V);
void markUnbounded32(Scalar &S);
void markUnbounded64(Scalar &S);

/// Zero-extends the low half into the full register (kernel zext_32_to_64,
/// without the sync that always follows it).
void zeroExtendNoSync(Scalar &S);

} // namespace detail
} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_LIB_DOMAIN_SCALARINTERNALS_H
