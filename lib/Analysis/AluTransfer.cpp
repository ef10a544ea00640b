//===- AluTransfer.cpp - ALU and ALU64 instructions -----------------------===//
//
// Scalar arithmetic goes to the domain; moves copy register state (a 64-bit
// copy of a scalar links both registers by id, so a later bounds check on
// either refines both, as the kernel's linked scalars do); anything with a
// pointer operand goes to PointerArithmetic.cpp.
//
//===----------------------------------------------------------------------===//
#include "AluEncoding.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Domain/AluOps.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;
using domain::AluOp;

static std::optional<AluOp> binaryOp(const bpf::Insn &I) {
  bool Signed = I.Off == 1;
  switch (I.op()) {
  case bpf::BPF_ADD:
    return AluOp::Add;
  case bpf::BPF_SUB:
    return AluOp::Sub;
  case bpf::BPF_MUL:
    return AluOp::Mul;
  case bpf::BPF_DIV:
    return Signed ? AluOp::SDiv : AluOp::Div;
  case bpf::BPF_MOD:
    return Signed ? AluOp::SMod : AluOp::Mod;
  case bpf::BPF_OR:
    return AluOp::Or;
  case bpf::BPF_AND:
    return AluOp::And;
  case bpf::BPF_LSH:
    return AluOp::Lsh;
  case bpf::BPF_RSH:
    return AluOp::Rsh;
  case bpf::BPF_ARSH:
    return AluOp::Arsh;
  case bpf::BPF_XOR:
    return AluOp::Xor;
  default:
    return std::nullopt;
  }
}

static std::optional<AluOp> byteSwapOp(const bpf::Insn &I) {
  bool Swap64 = I.cls() == bpf::BPF_ALU64;
  bool ToBE = I.usesSrcReg();
  switch (I.Imm) {
  case 16:
    return Swap64 ? AluOp::Bswap16 : ToBE ? AluOp::ToBE16 : AluOp::ToLE16;
  case 32:
    return Swap64 ? AluOp::Bswap32 : ToBE ? AluOp::ToBE32 : AluOp::ToLE32;
  case 64:
    return Swap64 ? AluOp::Bswap64 : ToBE ? AluOp::ToBE64 : AluOp::ToLE64;
  default:
    return std::nullopt;
  }
}

static void doMove(VerifierState &S, const bpf::Insn &I, bool Is64,
                   IdGenerator &Ids) {
  RegState &Dst = S.reg(I.Dst);
  if (!I.usesSrcReg()) {
    Dst = RegState::constant(I.immOperand());
    return;
  }
  RegState &Src = S.reg(I.Src);
  if (I.Off != 0) {
    // movsx: only scalars keep a meaning; a pointer becomes unknown.
    RegState R = Src.isScalar() ? Src : RegState::unknownScalar();
    R.unlink();
    if (Is64)
      R.Var.signExtend(I.Off / 8);
    else {
      R.Var.signExtendSubreg(I.Off / 8);
      R.Var.zext32();
    }
    Dst = R;
    return;
  }
  // A copy of a scalar links both registers (assign_scalar_id_before_mov);
  // a register already linked with an offset cannot take a second one.
  bool Fits32 = Src.isScalar() && Src.Var.UMax <= UINT32_MAX;
  if (Src.isScalar() && (Is64 || Fits32)) {
    if (Src.Flags & AddConst)
      Src.unlink();
    if (!Src.Id && !Src.Var.isConst())
      Src.Id = Ids.next();
  }
  if (Is64) {
    Dst = Src;
    return;
  }
  RegState R = Src.isScalar() ? Src : RegState::unknownScalar();
  if (!Fits32)
    R.unlink();
  R.Var.zext32();
  Dst = R;
}

/// After `dst += const` or `dst -= const` on a linked scalar: remember the
/// constant so that a bounds check on either side refines the other (the
/// kernel's BPF_ADD_CONST linked registers, 32- and 64-bit, both signs).
/// Older kernels link only `dst += const` in 64 bits with a constant in
/// [0, S32_MAX] (6.11), or nothing (6.1).
static void linkAddConst(const model::KernelProfile &Profile, RegState &Dst,
                         const RegState &Before, uint8_t Op, bool Is64,
                         const domain::Scalar &Src) {
  Dst.Id = Before.Id;
  if (!Before.Id || !Src.isConst() ||
      (Op != bpf::BPF_ADD && Op != bpf::BPF_SUB) || (Before.Flags & AddConst) ||
      !Profile.has(model::KernelFeature::LinkedRegisterDeltas)) {
    Dst.unlink();
    return;
  }
  int64_t Val = Is64 ? static_cast<int64_t>(Src.constValue())
                     : static_cast<int32_t>(Src.constValue());
  bool Wide = Profile.has(model::KernelFeature::LinkedRegisterDeltasAnySign);
  if (Val < INT32_MIN || Val > INT32_MAX ||
      (Op == bpf::BPF_SUB && Val == INT32_MIN) ||
      (!Wide && (!Is64 || Op != bpf::BPF_ADD || Val < 0))) {
    Dst.unlink();
    return;
  }
  Dst.Off = static_cast<int32_t>(Op == bpf::BPF_SUB ? -Val : Val);
  Dst.Flags |= Is64 ? AddConst64 : AddConst32;
}

Step analysis::transferAlu(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  bool Is64 = I.cls() == bpf::BPF_ALU64;
  uint8_t Op = I.op();

  if (std::string Why = aluEncodingProblem(
          I, E.Profile.has(model::KernelFeature::Cpuv4Insns));
      !Why.empty())
    return E.reject(Why);
  if (Op == bpf::BPF_MOV && I.Off != 0 && I.Off != 8 && I.Off != 16 &&
      I.Off != 32)
    return E.unknown("mov with offset " + std::to_string(I.Off) +
                     " (addr_space_cast) is not modelled");
  if (Op == bpf::BPF_MOV) {
    if (I.usesSrcReg() && !checkRegRead(E, S, I.Src))
      return Step::Stop;
    if (!checkRegWrite(E, I.Dst))
      return Step::Stop;
    doMove(S, I, Is64, E.Ids);
    // A plain copy keeps pointing at where the value came from.
    bool PlainCopy = Is64 && I.usesSrcReg() && I.Off == 0;
    if (!PlainCopy || S.reg(I.Dst).Origin < 0)
      S.reg(I.Dst).Origin = P.Pc;
    ++P.Pc;
    return Step::Next;
  }

  if (!checkRegRead(E, S, I.Dst))
    return Step::Stop;
  if (I.usesSrcReg() && Op != bpf::BPF_NEG && Op != bpf::BPF_END &&
      !checkRegRead(E, S, I.Src))
    return Step::Stop;
  if (std::string Why = aluImmediateProblem(I); !Why.empty())
    return E.reject(Why);
  if (!checkRegWrite(E, I.Dst))
    return Step::Stop;

  RegState &Dst = S.reg(I.Dst);
  if (Op == bpf::BPF_NEG || Op == bpf::BPF_END) {
    if (Dst.isPointer()) {
      if (!E.privileged())
        return E.reject(regName(I.Dst) + " pointer arithmetic prohibited");
      // Only a privileged loader may turn an address into a number.
      Dst = RegState::unknownScalar();
      Dst.Origin = P.Pc;
      ++P.Pc;
      return Step::Next;
    }
    std::optional<AluOp> A =
        Op == bpf::BPF_NEG ? std::optional<AluOp>(AluOp::Neg) : byteSwapOp(I);
    if (!A)
      return E.unknown("byte swap of width " + std::to_string(I.Imm));
    Dst = RegState::scalar(
        domain::applyAlu(*A, Is64, Dst.Var, domain::Scalar::constant(0)));
    Dst.Origin = P.Pc;
    ++P.Pc;
    return Step::Next;
  }

  std::optional<AluOp> A = binaryOp(I);
  if (!A)
    return E.unknown("ALU opcode " + std::to_string(I.Opcode) +
                     " is not modelled");
  bool SrcIsPointer = I.usesSrcReg() && S.reg(I.Src).isPointer();
  if (Dst.isPointer() || SrcIsPointer)
    return transferPointerAlu(E, P, I);

  domain::Scalar Src = I.usesSrcReg()
                           ? S.reg(I.Src).Var
                           : domain::Scalar::constant(I.immOperand());
  RegState Before = Dst;
  Dst = RegState::scalar(domain::applyAlu(*A, Is64, Dst.Var, Src));
  // `r += r` changes its own operand: no constant delta links it.
  if (E.privileged() && !(I.usesSrcReg() && I.Src == I.Dst))
    linkAddConst(E.Profile, Dst, Before, Op, Is64, Src);
  Dst.Origin = P.Pc;
  ++P.Pc;
  return Step::Next;
}
