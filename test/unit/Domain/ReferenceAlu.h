//===- ReferenceAlu.h - Concrete BPF ALU semantics for the tests ----------===//
//
// The soundness tests compare abstract results with what a BPF machine
// computes. This is that machine's ALU, written from the BPF instruction set
// specification (division by zero gives 0, modulo by zero keeps the dividend,
// shift amounts are masked to the width, 32-bit results are zero-extended),
// independently of the domain code.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_TEST_UNIT_DOMAIN_REFERENCEALU_H
#define VERIFIABLE_TEST_UNIT_DOMAIN_REFERENCEALU_H

#include "verifiable/Domain/AluOps.h"

#include <cstdint>

namespace verifiable {
namespace domain {
namespace test {

/// Dst <op> Src on a little-endian BPF machine, 64-bit or 32-bit.
uint64_t evalAlu(AluOp Op, bool Is64, uint64_t Dst, uint64_t Src);

/// Every AluOp, for loops over all of them.
extern const AluOp AllAluOps[];
extern const unsigned NumAluOps;

} // namespace test
} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_TEST_UNIT_DOMAIN_REFERENCEALU_H
