//===- ReferenceAlu.cpp - Concrete BPF ALU semantics for the tests --------===//
//
// See ReferenceAlu.h. Deliberately plain: one case per operation, on
// unsigned integers, with the BPF corner cases spelled out.
//
//===----------------------------------------------------------------------===//

#include "ReferenceAlu.h"

namespace verifiable {
namespace domain {
namespace test {

const AluOp AllAluOps[] = {
    AluOp::Add,     AluOp::Sub,     AluOp::Mul,    AluOp::Div,
    AluOp::SDiv,    AluOp::Mod,     AluOp::SMod,   AluOp::Or,
    AluOp::And,     AluOp::Lsh,     AluOp::Rsh,    AluOp::Arsh,
    AluOp::Xor,     AluOp::Mov,     AluOp::MovSx8, AluOp::MovSx16,
    AluOp::MovSx32, AluOp::Neg,     AluOp::ToLE16, AluOp::ToLE32,
    AluOp::ToLE64,  AluOp::ToBE16,  AluOp::ToBE32, AluOp::ToBE64,
    AluOp::Bswap16, AluOp::Bswap32, AluOp::Bswap64};
const unsigned NumAluOps = sizeof(AllAluOps) / sizeof(AllAluOps[0]);

namespace {

uint64_t eval64(AluOp Op, uint64_t D, uint64_t S) {
  int64_t SD = static_cast<int64_t>(D), SS = static_cast<int64_t>(S);
  switch (Op) {
  case AluOp::Add:
    return D + S;
  case AluOp::Sub:
    return D - S;
  case AluOp::Mul:
    return D * S;
  case AluOp::Div:
    return S ? D / S : 0;
  case AluOp::SDiv:
    if (S == 0)
      return 0;
    if (SS == -1)
      return 0 - D; // INT64_MIN / -1 wraps to INT64_MIN.
    return static_cast<uint64_t>(SD / SS);
  case AluOp::Mod:
    return S ? D % S : D;
  case AluOp::SMod:
    if (S == 0)
      return D;
    if (SS == -1)
      return 0;
    return static_cast<uint64_t>(SD % SS);
  case AluOp::Or:
    return D | S;
  case AluOp::And:
    return D & S;
  case AluOp::Xor:
    return D ^ S;
  case AluOp::Lsh:
    return D << (S & 63);
  case AluOp::Rsh:
    return D >> (S & 63);
  case AluOp::Arsh:
    return static_cast<uint64_t>(SD >> (S & 63));
  case AluOp::Mov:
    return S;
  case AluOp::MovSx8:
    return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(S)));
  case AluOp::MovSx16:
    return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(S)));
  case AluOp::MovSx32:
    return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(S)));
  case AluOp::Neg:
    return 0 - D;
  default:
    return 0;
  }
}

uint32_t eval32(AluOp Op, uint32_t D, uint32_t S) {
  int32_t SD = static_cast<int32_t>(D), SS = static_cast<int32_t>(S);
  switch (Op) {
  case AluOp::Add:
    return D + S;
  case AluOp::Sub:
    return D - S;
  case AluOp::Mul:
    return D * S;
  case AluOp::Div:
    return S ? D / S : 0;
  case AluOp::SDiv:
    if (S == 0)
      return 0;
    if (SS == -1)
      return 0 - D;
    return static_cast<uint32_t>(SD / SS);
  case AluOp::Mod:
    return S ? D % S : D;
  case AluOp::SMod:
    if (S == 0)
      return D;
    if (SS == -1)
      return 0;
    return static_cast<uint32_t>(SD % SS);
  case AluOp::Or:
    return D | S;
  case AluOp::And:
    return D & S;
  case AluOp::Xor:
    return D ^ S;
  case AluOp::Lsh:
    return D << (S & 31);
  case AluOp::Rsh:
    return D >> (S & 31);
  case AluOp::Arsh:
    return static_cast<uint32_t>(SD >> (S & 31));
  case AluOp::Mov:
  case AluOp::MovSx32: // Not a valid 32-bit instruction; a plain move.
    return S;
  case AluOp::MovSx8:
    return static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(S)));
  case AluOp::MovSx16:
    return static_cast<uint32_t>(static_cast<int32_t>(static_cast<int16_t>(S)));
  case AluOp::Neg:
    return 0 - D;
  default:
    return 0;
  }
}

} // namespace

uint64_t evalAlu(AluOp Op, bool Is64, uint64_t Dst, uint64_t Src) {
  switch (Op) {
  case AluOp::ToLE16:
    return Dst & 0xffff;
  case AluOp::ToLE32:
    return Dst & 0xffffffff;
  case AluOp::ToLE64:
    return Dst;
  case AluOp::ToBE16:
  case AluOp::Bswap16:
    return __builtin_bswap16(static_cast<uint16_t>(Dst));
  case AluOp::ToBE32:
  case AluOp::Bswap32:
    return __builtin_bswap32(static_cast<uint32_t>(Dst));
  case AluOp::ToBE64:
  case AluOp::Bswap64:
    return __builtin_bswap64(Dst);
  default:
    break;
  }
  if (Is64)
    return eval64(Op, Dst, Src);
  return eval32(Op, static_cast<uint32_t>(Dst), static_cast<uint32_t>(Src));
}

} // namespace test
} // namespace domain
} // namespace verifiable
