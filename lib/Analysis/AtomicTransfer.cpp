//===- AtomicTransfer.cpp - BPF_ATOMIC read-modify-write instructions -----===//
//
// An atomic operation reads and writes its memory operand: both accesses
// are checked like a load and a store, it must be naturally aligned on
// every architecture, some memory kinds refuse it, and the fetching forms
// load the old value into a register.
//
//===----------------------------------------------------------------------===//
#include "LocalObjects.h"
#include "MemAccess.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

Step analysis::transferAtomic(TransferEnv &E, Path &P, const bpf::Insn &I) {
  // Read-modify-write operations only; load-acquire and store-release
  // (and anything newer) have other semantics.
  int Op = I.Imm & ~bpf::BPF_FETCH;
  bool KnownOp = Op == bpf::BPF_ADD || Op == bpf::BPF_OR ||
                 Op == bpf::BPF_AND || Op == bpf::BPF_XOR ||
                 I.Imm == bpf::BPF_XCHG || I.Imm == bpf::BPF_CMPXCHG;
  if (!KnownOp)
    return E.unknown("atomic operation " + std::to_string(I.Imm) +
                     " (load-acquire, store-release or newer) is not "
                     "modelled");
  VerifierState &S = P.State;
  unsigned Size = I.accessBytes();
  if (Size != 4 && Size != 8)
    return E.reject("invalid atomic operand size");
  if (!checkRegRead(E, S, I.Src) || !checkRegRead(E, S, I.Dst))
    return Step::Stop;
  bool IsCmpXchg = I.Imm == bpf::BPF_CMPXCHG;
  if (IsCmpXchg && !checkRegRead(E, S, 0))
    return Step::Stop;
  const RegState &Ptr = S.reg(I.Dst);
  if (isAllocObj(Ptr))
    return E.unknown("atomic operations on program-allocated objects are not "
                     "modelled yet");
  if (Ptr.Type == RegType::Ctx || Ptr.isPacketLike() ||
      Ptr.Type == RegType::FlowKeys)
    return E.reject("BPF_ATOMIC stores into R" + std::to_string(I.Dst) + " " +
                    Ptr.typeName() + " is not allowed");
  // Atomics must be naturally aligned, whatever the architecture allows.
  if (!Ptr.maybeNull() && Ptr.isPointer() &&
      !checkStrictAlignment(E, Ptr, I.Off, Size))
    return Step::Stop;
  RegState Old;
  MemAccess Read = MemAccess::load(I.Dst, I.Off, Size, &Old);
  MemAccess Write = MemAccess::store(I.Dst, I.Off, Size, I.Src);
  if (!checkMemAccess(E, P, Read) || !checkMemAccess(E, P, Write))
    return Step::Stop;
  int Result = IsCmpXchg ? 0 : (I.Imm & bpf::BPF_FETCH) ? I.Src : -1;
  if (Result >= 0) {
    if (!checkRegWrite(E, Result))
      return Step::Stop;
    RegState R = RegState::unknownScalar();
    if (Size == 4)
      R.Var.truncate(4);
    R.Origin = P.Pc;
    S.reg(Result) = R;
  }
  ++P.Pc;
  return Step::Next;
}
