//===- Tnum.cpp - Tristate number transfer functions ----------------------===//
//
// The bit-level transfer functions of the verifier's tnum domain. Each one
// gives the same result as the kernel's function of the same purpose, so the
// bounds derived from them agree with the kernel's.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Tnum.h"

#include "LogFormat.h"

namespace verifiable {
namespace domain {

namespace {

/// Number of significant bits of V (0 for 0).
unsigned bitWidth(uint64_t V) { return V ? 64 - __builtin_clzll(V) : 0; }

uint64_t lowBytesMask(unsigned Bytes) {
  return Bytes >= 8 ? ~0ULL : (1ULL << (Bytes * 8)) - 1;
}

} // namespace

Tnum Tnum::range(uint64_t Min, uint64_t Max) {
  // Above the highest bit where Min and Max differ, every value in between
  // shares Min's bits; from that bit down, anything can happen.
  unsigned Varying = bitWidth(Min ^ Max);
  if (Varying >= 64)
    return unknown();
  uint64_t Low = (1ULL << Varying) - 1;
  return Tnum{Min & ~Low, Low};
}

Tnum Tnum::join(const Tnum &O) const {
  uint64_t Unknown = Mask | O.Mask | (Value ^ O.Value);
  return Tnum{Value & O.Value & ~Unknown, Unknown};
}

Tnum Tnum::intersect(const Tnum &O) const {
  uint64_t Unknown = Mask & O.Mask;
  return Tnum{(Value | O.Value) & ~Unknown, Unknown};
}

bool Tnum::overlaps(const Tnum &O) const {
  uint64_t KnownInBoth = ~Mask & ~O.Mask;
  return (Value & KnownInBoth) == (O.Value & KnownInBoth);
}

Tnum Tnum::add(Tnum O) const {
  // Compare the sum of the known parts with the sum taken with every unknown
  // bit set: bits where the two sums differ may carry differently.
  uint64_t KnownSum = Value + O.Value;
  uint64_t AllOnesSum = KnownSum + (Mask + O.Mask);
  uint64_t Unknown = (KnownSum ^ AllOnesSum) | Mask | O.Mask;
  return Tnum{KnownSum & ~Unknown, Unknown};
}

Tnum Tnum::sub(Tnum O) const {
  // The largest and the smallest possible difference bound the borrows.
  uint64_t KnownDiff = Value - O.Value;
  uint64_t Largest = KnownDiff + Mask;
  uint64_t Smallest = KnownDiff - O.Mask;
  uint64_t Unknown = (Largest ^ Smallest) | Mask | O.Mask;
  return Tnum{KnownDiff & ~Unknown, Unknown};
}

Tnum Tnum::neg() const { return constant(0).sub(*this); }

Tnum Tnum::mul(Tnum O) const {
  // Long multiplication over the bits of this: a known 1 adds the shifted
  // multiplicand, an unknown bit joins "added" and "not added".
  Tnum Multiplier = *this;
  Tnum Acc = constant(0);
  while (Multiplier.Value || Multiplier.Mask) {
    if (Multiplier.Value & 1)
      Acc = Acc.add(O);
    else if (Multiplier.Mask & 1)
      Acc = Acc.join(Acc.add(O));
    Multiplier = Multiplier.rsh(1);
    O = O.lsh(1);
  }
  return Acc;
}

Tnum Tnum::band(Tnum O) const {
  uint64_t KnownOne = Value & O.Value;
  uint64_t MaybeOne = (Value | Mask) & (O.Value | O.Mask);
  return Tnum{KnownOne, MaybeOne & ~KnownOne};
}

Tnum Tnum::bor(Tnum O) const {
  uint64_t KnownOne = Value | O.Value;
  return Tnum{KnownOne, (Mask | O.Mask) & ~KnownOne};
}

Tnum Tnum::bxor(Tnum O) const {
  uint64_t Unknown = Mask | O.Mask;
  return Tnum{(Value ^ O.Value) & ~Unknown, Unknown};
}

Tnum Tnum::lsh(unsigned Shift) const {
  if (Shift >= 64)
    return constant(0);
  return Tnum{Value << Shift, Mask << Shift};
}

Tnum Tnum::rsh(unsigned Shift) const {
  if (Shift >= 64)
    return constant(0);
  return Tnum{Value >> Shift, Mask >> Shift};
}

Tnum Tnum::arsh(unsigned Shift, unsigned Bits) const {
  // Shifting value and mask separately is exact: an unknown sign bit smears
  // into unknown high bits, a known one into known ones.
  if (Bits == 32) {
    Shift = Shift > 31 ? 31 : Shift;
    auto Sh32 = [Shift](uint64_t X) -> uint64_t {
      int32_t S = static_cast<int32_t>(static_cast<uint32_t>(X));
      return static_cast<uint32_t>(S >> Shift);
    };
    return Tnum{Sh32(Value), Sh32(Mask)};
  }
  Shift = Shift > 63 ? 63 : Shift;
  auto Sh64 = [Shift](uint64_t X) -> uint64_t {
    return static_cast<uint64_t>(static_cast<int64_t>(X) >> Shift);
  };
  return Tnum{Sh64(Value), Sh64(Mask)};
}

Tnum Tnum::bswap16() const {
  return Tnum{__builtin_bswap16(static_cast<uint16_t>(Value)),
              __builtin_bswap16(static_cast<uint16_t>(Mask))};
}

Tnum Tnum::bswap32() const {
  return Tnum{__builtin_bswap32(static_cast<uint32_t>(Value)),
              __builtin_bswap32(static_cast<uint32_t>(Mask))};
}

Tnum Tnum::bswap64() const {
  return Tnum{__builtin_bswap64(Value), __builtin_bswap64(Mask)};
}

Tnum Tnum::cast(unsigned Bytes) const {
  uint64_t Keep = lowBytesMask(Bytes);
  return Tnum{Value & Keep, Mask & Keep};
}

uint64_t Tnum::nextAfter(uint64_t Z) const {
  if (Z >= umax())
    return umax();
  if (Z < Value)
    return Value;
  // Members are Value + S for S a submask of Mask, ordered as S is. Find the
  // smallest submask S >= Need.
  uint64_t Need = Z - Value + 1;
  uint64_t Outside = Need & ~Mask;
  if (!Outside)
    return Value | Need;
  // Need has a bit Mask cannot provide: S must exceed Need at some free bit
  // above the highest such bit, keep Need's bits above it, zeros below.
  unsigned High = bitWidth(Outside) - 1;
  uint64_t Above = High >= 63 ? 0 : ~((2ULL << High) - 1);
  uint64_t Free = Mask & ~Need & Above;
  if (!Free)
    return umax();
  uint64_t Bit = Free & -Free;
  uint64_t S = (Need & ~(Bit | (Bit - 1))) | Bit;
  return Value | S;
}

std::string Tnum::str() const {
  if (isConst())
    return formatUnsigned(Value);
  return "(" + formatHex(Value) + "; " + formatHex(Mask) + ")";
}

} // namespace domain
} // namespace verifiable
