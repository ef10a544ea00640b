//===- AluBounds.h - Per-operation range transfer of the kernel -----------===//
//
// For each ALU operation the kernel updates the 32-bit and the 64-bit ranges
// of the destination by its own rule (scalar32_min_max_<op> and
// scalar_min_max_<op>). applyAlu sequences them; this header declares them
// for the files that implement them, grouped by kind of operation.
//
// Each function reads the destination's old ranges and the source; the
// bitwise and shift ones also expect Dst.Var to hold the new tnum already or
// set it themselves, exactly as documented per function.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_LIB_DOMAIN_ALUBOUNDS_H
#define VERIFIABLE_LIB_DOMAIN_ALUBOUNDS_H

#include "verifiable/Domain/Scalar.h"

namespace verifiable {
namespace domain {
namespace detail {

// Arithmetic (ArithBounds.cpp): ranges only, the caller computes the tnum.
void addBounds32(Scalar &Dst, const Scalar &Src);
void addBounds64(Scalar &Dst, const Scalar &Src);
void subBounds32(Scalar &Dst, const Scalar &Src);
void subBounds64(Scalar &Dst, const Scalar &Src);
void mulBounds32(Scalar &Dst, const Scalar &Src);
void mulBounds64(Scalar &Dst, const Scalar &Src);

// Bitwise (BitwiseBounds.cpp): Dst.Var must already be the result tnum.
void andBounds32(Scalar &Dst, const Scalar &Src);
void andBounds64(Scalar &Dst, const Scalar &Src);
void orBounds32(Scalar &Dst, const Scalar &Src);
void orBounds64(Scalar &Dst, const Scalar &Src);
void xorBounds32(Scalar &Dst, const Scalar &Src);
void xorBounds64(Scalar &Dst, const Scalar &Src);

// Shifts (ShiftBounds.cpp) by a constant Src below the width: these set the
// tnum and the ranges of the 32-bit or the 64-bit operation.
void lshift32(Scalar &Dst, const Scalar &Src);
void lshift64(Scalar &Dst, const Scalar &Src);
void rshift32(Scalar &Dst, const Scalar &Src);
void rshift64(Scalar &Dst, const Scalar &Src);
void arshift32(Scalar &Dst, const Scalar &Src);
void arshift64(Scalar &Dst, const Scalar &Src);

} // namespace detail
} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_LIB_DOMAIN_ALUBOUNDS_H
