//===- Scalar.h - The verifier's knowledge about a scalar register --------===//
//
// A scalar register in the Linux verifier is described by five facts at once:
// a tnum and signed/unsigned ranges over the full 64 bits and over the low 32
// bits. The kernel keeps them mutually consistent (reg_bounds_sync) and
// compares states with them when pruning. This type holds the five facts with
// exactly the kernel's update rules, so the engine's register state matches
// the kernel's field by field.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_DOMAIN_SCALAR_H
#define VERIFIABLE_DOMAIN_SCALAR_H

#include "verifiable/Domain/Tnum.h"

#include <cstdint>
#include <limits>
#include <string>

namespace verifiable {
namespace domain {

/// A set of 64-bit values: those that are members of Var and lie in every
/// range. The default value is fully unknown.
struct Scalar {
  Tnum Var;
  int64_t SMin = std::numeric_limits<int64_t>::min();
  int64_t SMax = std::numeric_limits<int64_t>::max();
  uint64_t UMin = 0;
  uint64_t UMax = std::numeric_limits<uint64_t>::max();
  int32_t S32Min = std::numeric_limits<int32_t>::min();
  int32_t S32Max = std::numeric_limits<int32_t>::max();
  uint32_t U32Min = 0;
  uint32_t U32Max = std::numeric_limits<uint32_t>::max();

  static Scalar unknown() { return Scalar(); }
  /// Exactly V (kernel __mark_reg_known).
  static Scalar constant(uint64_t V);
  /// Values in [Min, Max] as unsigned numbers, synced.
  static Scalar unsignedRange(uint64_t Min, uint64_t Max);
  /// Values in [Min, Max] as signed numbers, synced.
  static Scalar signedRange(int64_t Min, int64_t Max);
  /// The members of T, bounds derived and synced.
  static Scalar fromTnum(Tnum T);

  bool isConst() const { return Var.isConst(); }
  uint64_t constValue() const { return Var.Value; }
  bool isConst32() const { return Var.isSubregConst(); }
  uint32_t constValue32() const { return static_cast<uint32_t>(Var.Value); }

  /// V satisfies every component (tnum and the four ranges).
  bool contains(uint64_t V) const;
  /// Some component is empty or two components exclude each other in a way
  /// the cheap checks here detect: then no value is contained. False does not
  /// prove the set non-empty.
  bool isEmpty() const;
  /// The kernel's reg_bounds_sanity_check: ranges are ordered and a constant
  /// tnum (full or low 32 bits) agrees with the ranges.
  bool satisfiesKernelInvariants() const;

  /// The kernel's reg_bounds_sync: tighten the ranges from the tnum, deduce
  /// 32 <-> 64-bit and signed <-> unsigned bounds, tighten the tnum from the
  /// ranges. Never removes a member.
  void sync();
  /// Resets the four ranges and keeps the tnum (kernel __mark_reg_unbounded,
  /// what the kernel does to a register that fails its invariant check).
  void markUnbounded();
  /// The result of a 32-bit operation: upper 32 bits zero (kernel
  /// zext_32_to_64 followed by reg_bounds_sync).
  void zext32();
  /// A zero-extending load of 1, 2 or 4 bytes (kernel coerce_reg_to_size);
  /// 8 is a no-op.
  void truncate(unsigned Bytes);
  /// Sign extension of the low 1, 2 or 4 bytes to 64 bits, as for movsx and
  /// ldsx (kernel coerce_reg_to_size_sx; like the kernel, not synced).
  void signExtend(unsigned Bytes);
  /// 32-bit movsx: sign extension of the low 1 or 2 bytes to 32 bits, then
  /// zero extension to 64 (kernel coerce_subreg_to_size_sx, zext, sync).
  void signExtendSubreg(unsigned Bytes);

  /// Subsumption as the kernel prunes: O's ranges contain ours and our tnum
  /// is within O's (range_within and tnum_in).
  bool operator<=(const Scalar &O) const;
  bool operator==(const Scalar &O) const;
  bool operator!=(const Scalar &O) const { return !(*this == O); }
  /// Component-wise upper bound (tnum union, widest ranges). Not synced, so
  /// that both operands stay <= the result.
  Scalar join(const Scalar &O) const;

  /// The register as the kernel log prints it, without the "scalar(...)"
  /// wrapper: a constant as a number ("5", "0xffffffff"), otherwise the
  /// bounds that differ from the defaults and the tnum, e.g.
  /// "smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff)". A fully
  /// unknown scalar gives "".
  std::string str() const;
};

} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_DOMAIN_SCALAR_H
