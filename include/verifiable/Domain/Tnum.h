//===- Tnum.h - Tristate numbers: per-bit known/unknown knowledge ---------===//
//
// The Linux verifier tracks the bits of every scalar as a "tnum": each bit is
// known 0, known 1 or unknown. This is that domain as a small value type, with
// the kernel's transfer functions (kernel/bpf/tnum.c semantics), so that the
// rest of the domain can compute exactly what the kernel computes.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_DOMAIN_TNUM_H
#define VERIFIABLE_DOMAIN_TNUM_H

#include <cstdint>
#include <string>

namespace verifiable {
namespace domain {

/// A set of 64-bit values described bit by bit: bits set in Mask are unknown,
/// the other bits equal the corresponding bits of Value. Invariant:
/// (Value & Mask) == 0. The default value is fully unknown.
struct Tnum {
  uint64_t Value = 0;
  uint64_t Mask = ~0ULL;

  static Tnum constant(uint64_t V) { return Tnum{V, 0}; }
  static Tnum unknown() { return Tnum{0, ~0ULL}; }
  /// The smallest tnum holding every value of [Min, Max] (kernel tnum_range).
  static Tnum range(uint64_t Min, uint64_t Max);

  bool isConst() const { return Mask == 0; }
  bool isUnknown() const { return Mask == ~0ULL; }
  /// Concrete membership.
  bool contains(uint64_t V) const { return (V & ~Mask) == Value; }
  /// Subset: every member of this is a member of O (kernel tnum_in(O, this)).
  bool operator<=(const Tnum &O) const {
    return (Mask & ~O.Mask) == 0 && (Value & ~O.Mask) == O.Value;
  }
  bool operator==(const Tnum &O) const {
    return Value == O.Value && Mask == O.Mask;
  }
  bool operator!=(const Tnum &O) const { return !(*this == O); }
  /// Least upper bound: unknown wherever either side is unknown or the two
  /// disagree (kernel tnum_union).
  Tnum join(const Tnum &O) const;
  /// The kernel's tnum_intersect: unknown only where both are unknown. Where
  /// the two disagree on a known bit the result says 1 (the true intersection
  /// is empty then; see overlaps()).
  Tnum intersect(const Tnum &O) const;
  /// True when some value is a member of both (kernel tnum_overlap).
  bool overlaps(const Tnum &O) const;

  Tnum add(Tnum O) const;
  Tnum sub(Tnum O) const;
  Tnum neg() const;
  Tnum mul(Tnum O) const;
  Tnum band(Tnum O) const;
  Tnum bor(Tnum O) const;
  Tnum bxor(Tnum O) const;
  /// Shifts by a known amount; amounts of 64 or more give 0.
  Tnum lsh(unsigned Shift) const;
  Tnum rsh(unsigned Shift) const;
  /// Arithmetic shift right of a Bits-wide (32 or 64) value. For 32, the
  /// result is the zero-extended 32-bit result, as the kernel computes it.
  Tnum arsh(unsigned Shift, unsigned Bits) const;
  /// Byte swaps of the low 2, 4 or 8 bytes; the rest becomes known zero.
  Tnum bswap16() const;
  Tnum bswap32() const;
  Tnum bswap64() const;

  /// Keeps the low Bytes bytes, the rest becomes known zero (kernel
  /// tnum_cast).
  Tnum cast(unsigned Bytes) const;
  /// The low 32 bits, zero-extended.
  Tnum subreg() const { return cast(4); }
  /// This with its low 32 bits known zero.
  Tnum clearSubreg() const {
    return Tnum{Value & ~0xffffffffULL, Mask & ~0xffffffffULL};
  }
  /// The high 32 bits of this, the low 32 bits of Sub.
  Tnum withSubreg(Tnum Sub) const { return clearSubreg().bor(Sub.subreg()); }
  bool isSubregConst() const { return (Mask & 0xffffffffULL) == 0; }
  /// Every member is a multiple of Size (a power of two; 0 always holds).
  bool isAligned(uint64_t Size) const {
    return Size == 0 || ((Value | Mask) & (Size - 1)) == 0;
  }

  uint64_t umin() const { return Value; }
  uint64_t umax() const { return Value | Mask; }
  int64_t smin() const {
    return static_cast<int64_t>(Value | (Mask & (1ULL << 63)));
  }
  int64_t smax() const {
    return static_cast<int64_t>(Value | (Mask & ~(1ULL << 63)));
  }
  /// The smallest member greater than Z; umin() when Z is below every member
  /// and umax() when no member is greater (kernel tnum_step).
  uint64_t nextAfter(uint64_t Z) const;

  /// As the kernel log prints it: a constant as a number, otherwise
  /// "(0x<value>; 0x<mask>)".
  std::string str() const;
};

} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_DOMAIN_TNUM_H
