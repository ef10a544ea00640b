//===- PointerBranch.cpp - Conditional jumps that compare pointers --------===//
//
// Comparing pointers teaches the kernel three things, and this file mirrors
// each as check_cond_jmp_op() does it: a maybe-NULL pointer tested against
// zero becomes a pointer on one side and zero on the other; a pointer that
// cannot be NULL decides a test against zero; and a packet pointer compared
// with the packet's end gives every copy of it a verified range on the side
// where the bytes are inside the packet (and marks it as past the end on the
// other, so that a repeated test is decided). Other pointer comparisons are
// allowed to privileged loaders and teach nothing.
//
//===----------------------------------------------------------------------===//
#include "Branches.h"
#include "Explorer.h"
#include "StateWalk.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/PacketAccess.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

namespace {
/// Packet ranges below zero: what a failed comparison with pkt_end proved.
constexpr int32_t AtPacketEnd = -1;     // pkt >= pkt_end
constexpr int32_t BeyondPacketEnd = -2; // pkt > pkt_end
} // namespace

/// The kernel's reg_not_null(): kinds that are never NULL unless marked so.
static bool neverNull(const RegState &R) {
  if (R.maybeNull())
    return false;
  switch (R.Type) {
  case RegType::Socket:
  case RegType::TcpSock:
  case RegType::XdpSock:
  case RegType::MapValue:
  case RegType::MapKey:
  case RegType::SockCommon:
  case RegType::Mem:
    return true;
  case RegType::BtfId: // is_trusted_reg()
    return (R.Flags & BtfTrusted) || R.RefObjId;
  default:
    return false;
  }
}

static bool isPacketAny(const RegState &R) {
  return R.isPacketLike() || R.Type == RegType::PacketEnd;
}

/// A packet pointer at the start of the packet (reg_is_init_pkt_pointer).
static bool isInitPacket(const RegState &R, RegType T) {
  return R.Type == T && R.Off == 0 && R.Var.isConst() &&
         R.Var.constValue() == 0;
}

static uint8_t flipOp(uint8_t Op) {
  switch (Op) {
  case bpf::BPF_JGT:
    return bpf::BPF_JLT;
  case bpf::BPF_JLT:
    return bpf::BPF_JGT;
  case bpf::BPF_JGE:
    return bpf::BPF_JLE;
  case bpf::BPF_JLE:
    return bpf::BPF_JGE;
  case bpf::BPF_JSGT:
    return bpf::BPF_JSLT;
  case bpf::BPF_JSLT:
    return bpf::BPF_JSGT;
  case bpf::BPF_JSGE:
    return bpf::BPF_JSLE;
  case bpf::BPF_JSLE:
    return bpf::BPF_JSGE;
  default:
    return Op;
  }
}

/// is_pkt_ptr_branch_taken(): 1 taken, 0 not taken, -1 unknown.
static int packetBranchTaken(const RegState &Dst, const RegState &Src,
                             uint8_t Op) {
  const RegState *Pkt;
  if (Src.Type == RegType::PacketEnd) {
    Pkt = &Dst;
  } else if (Dst.Type == RegType::PacketEnd) {
    Pkt = &Src;
    Op = flipOp(Op);
  } else {
    return -1;
  }
  if (Pkt->Range >= 0)
    return -1;
  switch (Op) {
  case bpf::BPF_JLE:
  case bpf::BPF_JGT:
    if (Pkt->Range == BeyondPacketEnd)
      return Op == bpf::BPF_JGT;
    return -1;
  case bpf::BPF_JLT:
  case bpf::BPF_JGE:
    return Op == bpf::BPF_JGE;
  default:
    return -1;
  }
}

/// The pointer-against-constant half of is_branch_taken().
static int pointerBranchTaken(const RegState &Dst, const RegState &Src,
                              uint8_t Op) {
  const RegState &Ptr = Dst.isPointer() ? Dst : Src;
  const RegState &Other = Dst.isPointer() ? Src : Dst;
  if (!Other.isScalar() || !Other.Var.isConst() || !neverNull(Ptr) ||
      Other.Var.constValue() != 0)
    return -1;
  if (Op == bpf::BPF_JEQ)
    return 0;
  if (Op == bpf::BPF_JNE)
    return 1;
  return -1;
}

/// find_good_pkt_pointers(): every copy of \p Ptr learns that the bytes up
/// to its offset (one more when the comparison was strict) are in bounds.
static void markPacketRange(VerifierState &S, const RegState &Ptr,
                            bool RightOpen) {
  if (Ptr.Off < 0 || (Ptr.Off == 0 && RightOpen))
    return;
  if (Ptr.Var.UMax > static_cast<uint64_t>(model::MaxPacketOff) ||
      Ptr.Var.UMax + Ptr.Off > static_cast<uint64_t>(model::MaxPacketOff))
    return;
  int32_t NewRange = Ptr.Off + (RightOpen ? 1 : 0);
  forEachReg(S, [&](RegState &R) {
    if (R.Type == Ptr.Type && R.Id == Ptr.Id)
      R.Range = std::max(R.Range, NewRange);
  });
}

/// mark_pkt_end(): register \p Regno is at or beyond the packet's end.
static void markPacketEnd(VerifierState &S, int Regno, bool Beyond) {
  RegState &R = S.reg(Regno);
  if (R.Type == RegType::Packet)
    R.Range = Beyond ? BeyondPacketEnd : AtPacketEnd;
}

/// try_match_pkt_pointers(): \p Fall and \p Taken are the two successors.
static bool matchPacketPointers(const bpf::Insn &I, const RegState &Dst,
                                const RegState &Src, VerifierState &Fall,
                                VerifierState &Taken) {
  bool Forward =
      (Dst.Type == RegType::Packet && Src.Type == RegType::PacketEnd) ||
      (Dst.Type == RegType::PacketMeta && isInitPacket(Src, RegType::Packet));
  bool Reverse =
      (Dst.Type == RegType::PacketEnd && Src.Type == RegType::Packet) ||
      (isInitPacket(Dst, RegType::Packet) && Src.Type == RegType::PacketMeta);
  if (!Forward && !Reverse)
    return false;
  // For each operator: which successor holds "the pointer is in bounds",
  // whether that bound is strict, and the mark for the other successor.
  bool InBoundsOnTaken, Strict;
  switch (I.op()) {
  case bpf::BPF_JGT: // fwd: ptr > end; rev: end > ptr
    InBoundsOnTaken = Reverse;
    Strict = Reverse;
    break;
  case bpf::BPF_JLT: // fwd: ptr < end; rev: end < ptr
    InBoundsOnTaken = Forward;
    Strict = Forward;
    break;
  case bpf::BPF_JGE: // fwd: ptr >= end; rev: end >= ptr
    InBoundsOnTaken = Reverse;
    Strict = Forward;
    break;
  case bpf::BPF_JLE: // fwd: ptr <= end; rev: end <= ptr
    InBoundsOnTaken = Forward;
    Strict = Reverse;
    break;
  default:
    return false;
  }
  const RegState &Ptr = Forward ? Dst : Src;
  int Regno = Forward ? I.Dst : I.Src;
  VerifierState &In = InBoundsOnTaken ? Taken : Fall;
  VerifierState &Out = InBoundsOnTaken ? Fall : Taken;
  markPacketRange(In, Ptr, Strict);
  // Out of bounds: past the end when the in-bounds side was not strict.
  markPacketEnd(Out, Regno, !Strict);
  return true;
}

Step analysis::transferPointerBranch(TransferEnv &E, Path &P,
                                     const bpf::Insn &I) {
  VerifierState &S = P.State;
  bool Is32 = I.cls() == bpf::BPF_JMP32;
  bool SrcIsReg = I.usesSrcReg();
  int TakenPc = I.jumpTarget(P.Pc);
  int FallPc = P.Pc + 1;
  uint8_t Op = I.op();
  const RegState Dst = S.reg(I.Dst);
  const RegState Src =
      SrcIsReg ? S.reg(I.Src) : RegState::constant(I.immOperand());

  // An unprivileged loader may not compare a pointer it would learn about
  // (check_cond_jmp_op() checks the source first, packet pairs aside).
  if (SrcIsReg && Src.isPointer() && !E.privileged() &&
      !(isPacketAny(Dst) && isPacketAny(Src)))
    return E.reject(regName(I.Src) + " pointer comparison prohibited");
  int Pred = isPacketAny(Dst) && isPacketAny(Src) && !Is32
                 ? packetBranchTaken(Dst, Src, Op)
                 : pointerBranchTaken(Dst, Src, Op);
  if (Pred >= 0) {
    P.Pc = Pred ? TakenPc : FallPc;
    return Step::Next;
  }

  VerifierState Taken = S;
  if (!Is32 && SrcIsReg && Dst.isPointer() && Src.isPointer() &&
      (Op == bpf::BPF_JEQ || Op == bpf::BPF_JNE)) {
    // Equal to a pointer that is not NULL: not NULL either.
    VerifierState &Equal = Op == bpf::BPF_JEQ ? Taken : S;
    if (neverNull(Dst) && Src.maybeNull())
      Equal.reg(I.Src).Flags &= ~MaybeNull;
    if (neverNull(Src) && Dst.maybeNull())
      Equal.reg(I.Dst).Flags &= ~MaybeNull;
  }
  if (!Is32 && !SrcIsReg && I.Imm == 0 &&
      (Op == bpf::BPF_JEQ || Op == bpf::BPF_JNE) && Dst.maybeNull()) {
    bool TakenIsNull = Op == bpf::BPF_JEQ;
    markNullChecked(Taken, Dst.Id, TakenIsNull);
    markNullChecked(S, Dst.Id, !TakenIsNull);
  } else if (!(SrcIsReg && !Is32 &&
               matchPacketPointers(I, Dst, Src, S, Taken)) &&
             Dst.isPointer() && !E.privileged()) {
    return E.reject("R" + std::to_string(I.Dst) +
                    " pointer comparison prohibited");
  }
  E.Paths.pushBranch(P, std::move(Taken), TakenPc);
  P.Pc = FallPc;
  return Step::Next;
}
