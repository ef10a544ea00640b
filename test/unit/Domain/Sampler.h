//===- Sampler.h - Random abstract values and their concrete members ------===//
//
// Soundness is tested by sampling: draw abstract values, draw concrete
// members of them, run the concrete operation and check the abstract result
// contains it. This generator produces the abstract values (kernel-like synced
// states and raw, unsynced ones, biased toward edge values) each with a known
// member, and draws further members.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_TEST_UNIT_DOMAIN_SAMPLER_H
#define VERIFIABLE_TEST_UNIT_DOMAIN_SAMPLER_H

#include "verifiable/Domain/Scalar.h"

#include <cstdint>
#include <random>

namespace verifiable {
namespace domain {
namespace test {

/// An abstract value with one concrete value known to be a member.
struct Sampled {
  Scalar S;
  uint64_t Witness;
};

class Sampler {
public:
  explicit Sampler(uint64_t Seed) : Rng(Seed) {}

  /// Uniform in [0, N).
  uint64_t below(uint64_t N) { return N ? Rng() % N : 0; }
  /// True with the given percentage.
  bool chance(unsigned Percent) { return below(100) < Percent; }

  /// A value like 0, -1, INT64_MIN, U32_MAX, 1 << 63 or a neighbour.
  uint64_t edgeValue();
  /// A concrete value: edge values, small numbers, random widths.
  uint64_t value();
  /// A tnum, from constant to fully unknown.
  Tnum tnum();
  /// A tnum that has W as a member.
  Tnum tnumContaining(uint64_t W);
  /// An abstract value with a known member.
  Sampled scalar();
  /// A constant abstract value (an immediate operand).
  Sampled constant();
  /// A member of X: random when one can be found quickly, else the witness.
  uint64_t member(const Sampled &X);

private:
  /// An interval of type T around W.
  template <typename T> void rangeAround(T W, T &Min, T &Max);
  Sampled rawAround(uint64_t W);
  Sampled derived();

  std::mt19937_64 Rng;
};

} // namespace test
} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_TEST_UNIT_DOMAIN_SAMPLER_H
