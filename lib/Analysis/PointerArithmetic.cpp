//===- PointerArithmetic.cpp - ALU instructions with a pointer operand ----===//
//
// The kernel allows pointer += / -= scalar on most pointer kinds, keeps a
// constant in the pointer's fixed offset and anything else in its variable
// offset, and refuses the rest with specific messages (NULL-able pointers,
// bitwise operators, 32-bit arithmetic, offsets it cannot bound). This file
// mirrors adjust_ptr_min_max_vals() and its caller.
//
//===----------------------------------------------------------------------===//
#include "Messages.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Domain/AluOps.h"
#include "verifiable/Model/KernelLimits.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

using model::MaxVarOff;

static const char *aluString(uint8_t Op) {
  static const char *const Names[] = {
      "+=",  "-=",  "*=", "/=", "|=", "&=",   "<<=",
      ">>=", "neg", "%=", "^=", "=",  "s>>=", "endian"};
  unsigned Index = Op >> 4;
  return Index < 14 ? Names[Index] : "?";
}

static bool arithmeticAllowed(const RegState &Ptr, bool Known, int64_t Val,
                              bool IsAdd) {
  switch (Ptr.Type) {
  case RegType::Ctx:
  case RegType::MapValue:
  case RegType::MapKey:
  case RegType::Stack:
  case RegType::PacketMeta:
  case RegType::Packet:
  case RegType::BtfId:
  case RegType::Mem:
  case RegType::Func:
  case RegType::ConstDynptr:
    return true;
  case RegType::FlowKeys:
    if (Known)
      return true;
    [[fallthrough]];
  case RegType::ConstMapPtr:
    return Known && Val == 0 && IsAdd;
  default:
    return false;
  }
}

/// The kernel's check_reg_sane_offset(): offsets it cannot bound.
static std::string insaneOffset(const domain::Scalar &V, int32_t Off,
                                const std::string &Type) {
  bool Known = V.isConst();
  int64_t Val = static_cast<int64_t>(V.Var.Value);
  if (Known && (Val >= MaxVarOff || Val <= -MaxVarOff))
    return "math between " + Type + " pointer and " + std::to_string(Val) +
           " is not allowed";
  if (Off >= MaxVarOff || Off <= -MaxVarOff)
    return Type + " pointer offset " + std::to_string(Off) + " is not allowed";
  if (V.SMin == INT64_MIN)
    return "math between " + Type +
           " pointer and register with unbounded min value is not allowed";
  if (V.SMin >= MaxVarOff || V.SMin <= -MaxVarOff)
    return "value " + std::to_string(V.SMin) + " makes " + Type +
           " pointer be out of bounds";
  return "";
}

/// R (a copy of the pointer) moved by \p OffVal: a constant into the fixed
/// offset, anything else into the variable offset; packet pointers with a
/// variable offset get a new id and lose their range.
static bool moveOffset(TransferEnv &E, RegState &R,
                       const domain::Scalar &OffVal, uint8_t Op,
                       bool SrcIsPointer, const std::string &DstName) {
  bool Known = OffVal.isConst();
  int64_t Val = static_cast<int64_t>(OffVal.Var.Value);
  switch (Op) {
  case bpf::BPF_ADD:
    if (Known && R.Off + Val == static_cast<int32_t>(R.Off + Val)) {
      R.Off = static_cast<int32_t>(R.Off + Val);
      break;
    }
    R.Var = domain::applyAlu(domain::AluOp::Add, true, R.Var, OffVal);
    if (R.isPacketLike()) {
      R.Id = E.newId();
      R.Range = 0;
    }
    break;
  case bpf::BPF_SUB:
    if (SrcIsPointer)
      return E.reject(DstName + " tried to subtract pointer from scalar");
    if (R.Type == RegType::Stack)
      return E.reject(DstName + " subtraction from stack pointer prohibited");
    if (Known && R.Off - Val == static_cast<int32_t>(R.Off - Val)) {
      R.Off = static_cast<int32_t>(R.Off - Val);
      break;
    }
    R.Var = domain::applyAlu(domain::AluOp::Sub, true, R.Var, OffVal);
    if (R.isPacketLike()) {
      R.Id = E.newId();
      if (OffVal.SMin < 0)
        R.Range = 0;
    }
    break;
  case bpf::BPF_AND:
  case bpf::BPF_OR:
  case bpf::BPF_XOR:
    return E.reject(DstName + " bitwise operator " + aluString(Op) +
                    " on pointer prohibited");
  default:
    return E.reject(DstName + " pointer arithmetic with " + aluString(Op) +
                    " operator prohibited");
  }
  return true;
}

Step analysis::transferPointerAlu(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  uint8_t Op = I.op();
  std::string DstName = "R" + std::to_string(I.Dst);
  RegState &Dst = S.reg(I.Dst);
  bool SrcIsPointer = I.usesSrcReg() && S.reg(I.Src).isPointer();

  if (Dst.isPointer() && SrcIsPointer) {
    if (Op == bpf::BPF_SUB && E.privileged()) {
      Dst = RegState::unknownScalar();
      ++P.Pc;
      return Step::Next;
    }
    return E.reject(DstName + " pointer " + aluString(Op) +
                    " pointer prohibited");
  }

  // Which operand is the pointer and which the offset.
  RegState Ptr = SrcIsPointer ? S.reg(I.Src) : Dst;
  RegState OffReg = SrcIsPointer     ? Dst
                    : I.usesSrcReg() ? S.reg(I.Src)
                                     : RegState::constant(I.immOperand());
  const domain::Scalar &OffVal = OffReg.Var;
  bool Known = OffVal.isConst();
  int64_t Val = static_cast<int64_t>(OffVal.Var.Value);

  if (I.cls() != bpf::BPF_ALU64) {
    if (Op == bpf::BPF_SUB && E.privileged()) {
      Dst = RegState::unknownScalar();
      ++P.Pc;
      return Step::Next;
    }
    return E.reject(DstName + " 32-bit pointer arithmetic prohibited");
  }
  if (Ptr.maybeNull()) {
    noteMaybeNull(E, SrcIsPointer ? I.Src : I.Dst, Ptr);
    return E.reject(DstName + " pointer arithmetic on " + Ptr.typeName() +
                    " prohibited, null-check it first");
  }
  if (!arithmeticAllowed(Ptr, Known, Val, Op == bpf::BPF_ADD))
    return E.reject(DstName + " pointer arithmetic on " + Ptr.typeName() +
                    " prohibited");

  std::string Insane = insaneOffset(OffVal, 0, Ptr.typeName());
  if (Insane.empty())
    Insane = insaneOffset(Ptr.Var, Ptr.Off, Ptr.typeName());
  if (!Insane.empty()) {
    if (OffVal.SMin == INT64_MIN)
      E.note(OffReg.Origin, "this value has no lower bound; bounds-check it "
                            "before adding it to a pointer");
    return E.reject(Insane);
  }

  RegState R = Ptr;
  if (!moveOffset(E, R, OffVal, Op, SrcIsPointer, DstName))
    return Step::Stop;
  Insane = insaneOffset(R.Var, R.Off, Ptr.typeName());
  if (!Insane.empty())
    return E.reject(Insane);
  R.Origin = Ptr.Origin;
  Dst = R;
  ++P.Pc;
  return Step::Next;
}
