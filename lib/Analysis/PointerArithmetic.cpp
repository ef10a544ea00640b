//===- PointerArithmetic.cpp - ALU instructions with a pointer operand ----===//
//
// The kernel allows pointer += / -= scalar on most pointer kinds, keeps a
// constant in the pointer's fixed offset and anything else in its variable
// offset, and refuses the rest with specific messages (NULL-able pointers,
// bitwise operators, 32-bit arithmetic, offsets it cannot bound). This file
// mirrors adjust_ptr_min_max_vals() and its caller.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Domain/AluOps.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

static constexpr int64_t MaxVarOff = 1 << 29;

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

bool Engine::doPointerAlu(Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  uint8_t Op = I.op();
  std::string DstName = "R" + std::to_string(I.Dst);
  RegState &Dst = S.reg(I.Dst);
  bool SrcIsPointer = I.usesSrcReg() && S.reg(I.Src).isPointer();

  if (Dst.isPointer() && SrcIsPointer) {
    if (Op == bpf::BPF_SUB && Opts.Privileged) {
      Dst = RegState::unknownScalar();
      ++P.Pc;
      return true;
    }
    return reject(DstName + " pointer " + aluString(Op) +
                  " pointer prohibited");
  }

  // Which operand is the pointer and which the offset.
  RegState Ptr = SrcIsPointer ? S.reg(I.Src) : Dst;
  RegState OffReg = SrcIsPointer     ? Dst
                    : I.usesSrcReg() ? S.reg(I.Src)
                                     : RegState::constant(static_cast<uint64_t>(
                                           static_cast<int64_t>(I.Imm)));
  const domain::Scalar &OffVal = OffReg.Var;
  bool Known = OffVal.isConst();
  int64_t Val = static_cast<int64_t>(OffVal.Var.Value);

  if (I.cls() != bpf::BPF_ALU64) {
    if (Op == bpf::BPF_SUB && Opts.Privileged) {
      Dst = RegState::unknownScalar();
      ++P.Pc;
      return true;
    }
    return reject(DstName + " 32-bit pointer arithmetic prohibited");
  }
  if (Ptr.maybeNull()) {
    note(Ptr.Origin, "R" + std::to_string(SrcIsPointer ? I.Src : I.Dst) +
                         " may be NULL: it comes from here");
    return reject(DstName + " pointer arithmetic on " + Ptr.typeName() +
                  " prohibited, null-check it first");
  }
  if (!arithmeticAllowed(Ptr, Known, Val, Op == bpf::BPF_ADD))
    return reject(DstName + " pointer arithmetic on " + Ptr.typeName() +
                  " prohibited");

  std::string Insane = insaneOffset(OffVal, 0, Ptr.typeName());
  if (Insane.empty())
    Insane = insaneOffset(Ptr.Var, Ptr.Off, Ptr.typeName());
  if (!Insane.empty()) {
    if (OffVal.SMin == INT64_MIN)
      note(OffReg.Origin, "this value has no lower bound; bounds-check it "
                          "before adding it to a pointer");
    return reject(Insane);
  }

  RegState R = Ptr;
  switch (Op) {
  case bpf::BPF_ADD:
    if (Known && Ptr.Off + Val == static_cast<int32_t>(Ptr.Off + Val)) {
      R.Off = static_cast<int32_t>(Ptr.Off + Val);
      break;
    }
    R.Var = domain::applyAlu(domain::AluOp::Add, true, Ptr.Var, OffVal);
    if (Ptr.isPacketLike()) {
      R.Id = newId();
      R.Range = 0;
    }
    break;
  case bpf::BPF_SUB:
    if (SrcIsPointer)
      return reject(DstName + " tried to subtract pointer from scalar");
    if (Ptr.Type == RegType::Stack)
      return reject(DstName + " subtraction from stack pointer prohibited");
    if (Known && Ptr.Off - Val == static_cast<int32_t>(Ptr.Off - Val)) {
      R.Off = static_cast<int32_t>(Ptr.Off - Val);
      break;
    }
    R.Var = domain::applyAlu(domain::AluOp::Sub, true, Ptr.Var, OffVal);
    if (Ptr.isPacketLike()) {
      R.Id = newId();
      if (OffVal.SMin < 0)
        R.Range = 0;
    }
    break;
  case bpf::BPF_AND:
  case bpf::BPF_OR:
  case bpf::BPF_XOR:
    return reject(DstName + " bitwise operator " + aluString(Op) +
                  " on pointer prohibited");
  default:
    return reject(DstName + " pointer arithmetic with " + aluString(Op) +
                  " operator prohibited");
  }
  Insane = insaneOffset(R.Var, R.Off, Ptr.typeName());
  if (!Insane.empty())
    return reject(Insane);
  R.Origin = Ptr.Origin;
  Dst = R;
  ++P.Pc;
  return true;
}
