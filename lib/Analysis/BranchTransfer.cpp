//===- BranchTransfer.cpp - Conditional jumps -----------------------------===//
//
// Where path sensitivity pays: each side of a comparison refines the
// registers it tests (and every copy linked to them by id), a NULL check
// turns a maybe-NULL pointer into a pointer on one side and into zero on the
// other, and a branch the bounds already decide is followed on one side
// only, exactly as the kernel's check_cond_jmp_op() does.
//
//===----------------------------------------------------------------------===//
#include "Branches.h"
#include "Explorer.h"
#include "Locks.h"
#include "References.h"
#include "StateWalk.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Domain/AluOps.h"
#include "verifiable/Domain/Branch.h"
#include "verifiable/Model/MapTypes.h"

using namespace verifiable;
using namespace verifiable::analysis;
using domain::CmpOp;

static CmpOp cmpOp(uint8_t Op) {
  switch (Op) {
  case bpf::BPF_JEQ:
    return CmpOp::Eq;
  case bpf::BPF_JNE:
    return CmpOp::Ne;
  case bpf::BPF_JGT:
    return CmpOp::Gt;
  case bpf::BPF_JGE:
    return CmpOp::Ge;
  case bpf::BPF_JLT:
    return CmpOp::Lt;
  case bpf::BPF_JLE:
    return CmpOp::Le;
  case bpf::BPF_JSGT:
    return CmpOp::SGt;
  case bpf::BPF_JSGE:
    return CmpOp::SGe;
  case bpf::BPF_JSLT:
    return CmpOp::SLt;
  case bpf::BPF_JSLE:
    return CmpOp::SLe;
  default:
    return CmpOp::Set;
  }
}

void analysis::markNullChecked(VerifierState &S, uint32_t Id, bool IsNull) {
  if (IsNull)
    dropNullReference(S, Id);
  forEachReg(S, [&](RegState &R) {
    if (!R.isPointer() || R.Id != Id || !R.maybeNull())
      return;
    if (IsNull) {
      R = RegState::constant(0);
      return;
    }
    // Like the kernel, forget the id once the pointer is known valid
    // (unless it names a bpf_spin_lock; every allocated object keeps it,
    // which only costs pruning where its struct has no lock); the
    // reference (RefObjId) stays.
    R.Flags &= ~MaybeNull;
    if (!mayPointToSpinLock(R) &&
        !(R.Type == RegType::BtfId && (R.Flags & MemAlloc)))
      R.Id = 0;
    if (R.Type == RegType::MapValue && R.Map && R.Map->Inner) {
      // A lookup in a map of maps: the value is the inner map.
      R.Type = RegType::ConstMapPtr;
      R.Map = R.Map->Inner.get();
    } else if (R.Type == RegType::MapValue && R.Map &&
               model::mapLookupAcquires(
                   static_cast<model::MapType>(R.Map->Type))) {
      R.Type = RegType::Socket; // a sockmap's value is the socket
    } else if (R.Type == RegType::MapValue && R.Map &&
               static_cast<model::MapType>(R.Map->Type) ==
                   model::MapType::Xskmap) {
      R.Type = RegType::XdpSock;
    }
  });
}

void analysis::syncLinkedScalars(VerifierState &S, const RegState &Refined) {
  if (!Refined.Id)
    return;
  forEachReg(S, [&](RegState &R) {
    if (!R.isScalar() || R.Id != Refined.Id || &R == &Refined)
      return;
    bool EitherOffset = (R.Flags | Refined.Flags) & AddConst;
    if (!EitherOffset || R.Off == Refined.Off) {
      R.Var = Refined.Var;
      return;
    }
    // R = Refined + (R.Off - Refined.Off), in 32 bits if either side was
    // derived by a 32-bit addition (sync_linked_regs()).
    bool Is32 = (R.Flags | Refined.Flags) & AddConst32;
    int64_t Delta = static_cast<int64_t>(R.Off) - Refined.Off;
    R.Var = domain::applyAlu(
        domain::AluOp::Add, !Is32, Refined.Var,
        domain::Scalar::constant(static_cast<uint64_t>(Delta)));
  });
}

Step analysis::transferBranch(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  if (!checkRegRead(E, S, I.Dst))
    return Step::Stop;
  if (I.usesSrcReg() && !checkRegRead(E, S, I.Src))
    return Step::Stop;
  bool Is32 = I.cls() == bpf::BPF_JMP32;
  int TakenPc = I.jumpTarget(P.Pc);
  int FallPc = P.Pc + 1;
  CmpOp Op = cmpOp(I.op());

  RegState L = S.reg(I.Dst);
  RegState R =
      I.usesSrcReg() ? S.reg(I.Src) : RegState::constant(I.immOperand());

  if (L.isPointer() || R.isPointer())
    return transferPointerBranch(E, P, I);

  switch (domain::evaluateBranch(Op, Is32, L.Var, R.Var)) {
  case domain::BranchOutcome::AlwaysTaken:
    P.Pc = TakenPc;
    return Step::Next;
  case domain::BranchOutcome::NeverTaken:
    P.Pc = FallPc;
    return Step::Next;
  case domain::BranchOutcome::Unknown:
    break;
  }

  VerifierState Taken = S;
  auto Refine = [&](VerifierState &St, bool Outcome) {
    RegState A = L, B = R;
    if (!domain::refineBranch(Op, Is32, Outcome, A.Var, B.Var))
      return false;
    St.reg(I.Dst).Var = A.Var;
    syncLinkedScalars(St, St.reg(I.Dst));
    if (I.usesSrcReg()) {
      St.reg(I.Src).Var = B.Var;
      syncLinkedScalars(St, St.reg(I.Src));
    }
    return true;
  };
  bool TakenFeasible = Refine(Taken, true);
  bool FallFeasible = Refine(S, false);
  if (TakenFeasible && FallFeasible) {
    E.Paths.pushBranch(P, std::move(Taken), TakenPc);
    P.Pc = FallPc;
    return Step::Next;
  }
  if (TakenFeasible) {
    S = std::move(Taken);
    P.Pc = TakenPc;
    return Step::Next;
  }
  P.Pc = FallPc;
  return Step::Next;
}
