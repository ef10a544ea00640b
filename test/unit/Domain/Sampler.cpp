//===- Sampler.cpp - Random abstract values and their concrete members ----===//
//
// See Sampler.h.
//
//===----------------------------------------------------------------------===//

#include "Sampler.h"

#include "ReferenceAlu.h"

#include "verifiable/Domain/AluOps.h"
#include "verifiable/Domain/Branch.h"

#include <limits>

namespace verifiable {
namespace domain {
namespace test {

uint64_t Sampler::edgeValue() {
  static const uint64_t Edges[] = {0,
                                   1,
                                   2,
                                   ~0ULL,
                                   ~0ULL - 1,
                                   1ULL << 63,
                                   (1ULL << 63) - 1,
                                   (1ULL << 63) + 1,
                                   0xffffffffULL,
                                   0xfffffffeULL,
                                   0x100000000ULL,
                                   0x7fffffffULL,
                                   0x80000000ULL,
                                   0xffffffff80000000ULL,
                                   0xffffffff7fffffffULL,
                                   0xffffffff00000000ULL,
                                   0xff,
                                   0x100,
                                   0x7f,
                                   0x80,
                                   0xffff,
                                   0x8000,
                                   0xffffffffffffff80ULL,
                                   0xffffffffffff8000ULL};
  uint64_t V = Edges[below(sizeof(Edges) / sizeof(Edges[0]))];
  if (chance(20))
    V += below(5) - 2;
  return V;
}

uint64_t Sampler::value() {
  switch (below(6)) {
  case 0:
  case 1:
    return edgeValue();
  case 2:
    return below(64);
  case 3:
    return 1ULL << below(64);
  case 4: {
    unsigned Bits = 1 + below(64);
    uint64_t V = Bits == 64 ? Rng() : Rng() & ((1ULL << Bits) - 1);
    return chance(30) ? 0 - V : V;
  }
  default:
    return Rng();
  }
}

Tnum Sampler::tnum() { return tnumContaining(value()); }

Tnum Sampler::tnumContaining(uint64_t W) {
  uint64_t Mask;
  switch (below(6)) {
  case 0:
    Mask = 0;
    break;
  case 1:
    Mask = ~0ULL;
    break;
  case 2: // Low bits unknown.
    Mask = (1ULL << below(64)) - 1;
    break;
  case 3: // A few random unknown bits.
    Mask = Rng() & Rng() & Rng();
    break;
  case 4: // The low or the high half unknown.
    Mask = chance(50) ? 0xffffffffULL : ~0xffffffffULL;
    break;
  default:
    Mask = Rng();
    break;
  }
  return Tnum{W & ~Mask, Mask};
}

template <typename T> void Sampler::rangeAround(T W, T &Min, T &Max) {
  using Lim = std::numeric_limits<T>;
  auto Distance = [this]() -> uint64_t {
    switch (below(4)) {
    case 0:
      return 0;
    case 1:
      return below(16);
    case 2:
      return 1ULL << below(64);
    default:
      return Rng();
    }
  };
  if (chance(25)) {
    Min = Lim::min();
  } else {
    uint64_t D = Distance();
    // Saturating W - D, computed in the wider signed/unsigned space.
    if constexpr (Lim::is_signed) {
      __int128 V = static_cast<__int128>(W) - static_cast<__int128>(D);
      Min = V < Lim::min() ? Lim::min() : static_cast<T>(V);
    } else {
      Min = D > static_cast<uint64_t>(W) ? 0 : static_cast<T>(W - D);
    }
  }
  if (chance(25)) {
    Max = Lim::max();
  } else {
    uint64_t D = Distance();
    __int128 V = static_cast<__int128>(W) + static_cast<__int128>(D);
    Max = V > Lim::max() ? Lim::max() : static_cast<T>(V);
  }
}

Sampled Sampler::rawAround(uint64_t W) {
  Scalar S;
  S.Var = tnumContaining(W);
  if (chance(70))
    rangeAround<uint64_t>(W, S.UMin, S.UMax);
  if (chance(70))
    rangeAround<int64_t>(static_cast<int64_t>(W), S.SMin, S.SMax);
  if (chance(60))
    rangeAround<uint32_t>(static_cast<uint32_t>(W), S.U32Min, S.U32Max);
  if (chance(60))
    rangeAround<int32_t>(static_cast<int32_t>(W), S.S32Min, S.S32Max);
  return {S, W};
}

Sampled Sampler::derived() {
  // A realistic register: an unknown value narrowed by a few instructions
  // and branches, the way programs build bounds.
  uint64_t W = value();
  Scalar S;
  unsigned Steps = 1 + below(4);
  for (unsigned I = 0; I < Steps; ++I) {
    if (chance(50)) {
      static const AluOp Ops[] = {AluOp::And,  AluOp::Or,     AluOp::Add,
                                  AluOp::Sub,  AluOp::Lsh,    AluOp::Rsh,
                                  AluOp::Arsh, AluOp::Mul,    AluOp::Xor,
                                  AluOp::Neg,  AluOp::MovSx8, AluOp::Mov};
      AluOp Op = Ops[below(sizeof(Ops) / sizeof(Ops[0]))];
      bool Is64 = chance(70);
      uint64_t K = value();
      if (Op == AluOp::Lsh || Op == AluOp::Rsh || Op == AluOp::Arsh)
        K = below(Is64 ? 64 : 32);
      if (Op == AluOp::Mov || Op == AluOp::MovSx8) {
        // Moves read the source: move the register onto itself.
        S = applyAlu(Op, Is64, S, S);
        W = evalAlu(Op, Is64, W, W);
        continue;
      }
      S = applyAlu(Op, Is64, S, Scalar::constant(K));
      W = evalAlu(Op, Is64, W, K);
    } else {
      CmpOp Op = static_cast<CmpOp>(below(11));
      bool Is32 = chance(30);
      uint64_t K = chance(50) ? value() : W + below(5) - 2;
      bool Taken = compareConcrete(Op, Is32, W, K);
      Scalar R = Scalar::constant(K);
      refineBranch(Op, Is32, Taken, S, R);
    }
  }
  return {S, W};
}

Sampled Sampler::constant() {
  uint64_t W = value();
  return {Scalar::constant(W), W};
}

Sampled Sampler::scalar() {
  uint64_t W = value();
  switch (below(10)) {
  case 0:
    return constant();
  case 1:
    return {Scalar::unknown(), W};
  case 2: {
    uint64_t Min, Max;
    rangeAround<uint64_t>(W, Min, Max);
    return {Scalar::unsignedRange(Min, Max), W};
  }
  case 3: {
    int64_t Min, Max;
    rangeAround<int64_t>(static_cast<int64_t>(W), Min, Max);
    return {Scalar::signedRange(Min, Max), W};
  }
  case 4:
    return {Scalar::fromTnum(tnumContaining(W)), W};
  case 5:
    return rawAround(W);
  case 6: {
    Sampled X = rawAround(W);
    X.S.sync();
    return X;
  }
  case 7: {
    // A join of a few constants, synced or not.
    Scalar S = Scalar::constant(W);
    unsigned N = 1 + below(3);
    for (unsigned I = 0; I < N; ++I)
      S = S.join(Scalar::constant(chance(50) ? value() : W + below(64)));
    if (chance(50))
      S.sync();
    return {S, W};
  }
  case 8: {
    // Known upper half, ranged lower half: the shape of 32-bit values.
    uint64_t High = chance(60) ? 0 : W >> 32;
    Scalar S = Scalar::fromTnum(Tnum{High << 32, 0xffffffffULL});
    uint32_t W32 = static_cast<uint32_t>(W);
    rangeAround<uint32_t>(W32, S.U32Min, S.U32Max);
    S.sync();
    return {S, (High << 32) | W32};
  }
  default:
    return derived();
  }
}

uint64_t Sampler::member(const Sampled &X) {
  const Scalar &S = X.S;
  for (unsigned Try = 0; Try < 12; ++Try) {
    uint64_t C;
    switch (below(8)) {
    case 0:
      C = S.Var.Value | (Rng() & S.Var.Mask);
      break;
    case 1: {
      uint64_t Span = S.UMax - S.UMin;
      C = S.UMin + (Span == ~0ULL ? Rng() : below(Span + 1));
      C = (C & S.Var.Mask) | S.Var.Value;
      break;
    }
    case 2:
      C = S.UMin + below(3);
      break;
    case 3:
      C = S.UMax - below(3);
      break;
    case 4:
      C = static_cast<uint64_t>(S.SMin) + below(3);
      break;
    case 5:
      C = static_cast<uint64_t>(S.SMax) - below(3);
      break;
    case 6: // Low half from the 32-bit range, high half from the witness.
      C = (X.Witness & ~0xffffffffULL) |
          (S.U32Min + below(static_cast<uint64_t>(S.U32Max) - S.U32Min + 1));
      break;
    default:
      C = X.Witness ^ (1ULL << below(64));
      break;
    }
    if (S.contains(C))
      return C;
  }
  return X.Witness;
}

} // namespace test
} // namespace domain
} // namespace verifiable
