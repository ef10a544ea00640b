//===- MemoryAccess.cpp - Loads and stores --------------------------------===//
//
// The kernel's check_mem_access(), by pointer kind: the stack (bounds,
// alignment, spills and fills of whole registers, uninitialised bytes), map
// values and sized memory (constant and variable offsets against the
// region's size, read-only maps), the context (the program type's rules),
// and everything that cannot be dereferenced at all.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "CtxAccess.h"
#include "LocalObjects.h"
#include "Locks.h"
#include "MemAccess.h"
#include "Messages.h"
#include "ProgramData.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Domain/Tnum.h"
#include "verifiable/Model/KernelLimits.h"
#include "verifiable/Model/SockAccess.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

using model::MaxVarOff;

bool analysis::checkRegionAccess(TransferEnv &E, const RegState &Ptr,
                                 const MemAccess &A, uint64_t RegionSize,
                                 const std::string &What) {
  std::string R = regName(A.Regno);
  int Off = A.Off;
  uint64_t Size = A.Size;
  const domain::Scalar &V = Ptr.Var;
  auto Fits = [&](int64_t At) {
    return At >= 0 && static_cast<uint64_t>(At) + Size <= RegionSize;
  };
  auto OutOfBounds = [&](int64_t At) {
    return E.reject(What + std::to_string(RegionSize) + " off=" +
                    std::to_string(At) + " size=" + std::to_string(Size));
  };
  if (V.SMin < 0 && (V.SMin == INT64_MIN ||
                     Off + V.SMin != static_cast<int32_t>(Off + V.SMin) ||
                     V.SMin + Off < 0)) {
    E.note(Ptr.Origin, "the offset added to this pointer may be negative");
    return E.reject(negativeOffsetMessage(A.Regno));
  }
  if (!Fits(V.SMin + Off))
    return OutOfBounds(V.SMin + Off);
  if (V.UMax >= static_cast<uint64_t>(MaxVarOff)) {
    E.note(Ptr.Origin, "the offset added to this pointer has no upper bound");
    return E.reject(R + " unbounded memory access, make sure to bounds check "
                        "any such access");
  }
  if (!Fits(static_cast<int64_t>(V.UMax) + Off)) {
    if (!V.isConst())
      E.note(Ptr.Origin, "the largest offset this pointer may have is " +
                             std::to_string(V.UMax + Ptr.Off));
    return OutOfBounds(static_cast<int64_t>(V.UMax) + Off);
  }
  return true;
}

/// Socket mirrors: fixed loads of the fields the kernel exposes, never a
/// store (check_sock_access()).
static bool checkSockAccess(TransferEnv &E, const RegState &Ptr,
                            const MemAccess &A) {
  int Regno = A.Regno, Off = A.Off;
  unsigned Size = static_cast<unsigned>(A.Size);
  model::SockPtrKind K =
      Ptr.Type == RegType::Socket    ? model::SockPtrKind::Socket
      : Ptr.Type == RegType::TcpSock ? model::SockPtrKind::TcpSock
      : Ptr.Type == RegType::XdpSock ? model::SockPtrKind::XdpSock
                                     : model::SockPtrKind::SockCommon;
  if (A.IsWrite)
    return E.reject(model::sockWriteMessage(Regno, K));
  if (Ptr.Var.SMin < 0)
    return E.reject(negativeOffsetMessage(Regno));
  if (!Ptr.Var.isConst())
    return E.unknown("variable-offset socket access is not modelled");
  int64_t At = Off + Ptr.Off + static_cast<int64_t>(Ptr.Var.constValue());
  if (!model::sockLoadAllowed(K, At, Size))
    return E.reject(model::sockAccessMessage(Regno, K, At, Size));
  return true;
}

/// Map values: the map's value size, read-only maps, and the bytes of a
/// frozen read-only map the kernel reads itself.
static bool checkMapValueAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                                const MemAccess &A) {
  const bpf::MapDef *M = Ptr.Map;
  if (!M)
    return E.unknown("map value of an unknown map");
  std::string Forbidden = M->accessForbidden(A.IsWrite, A.Off, A.Size);
  if (!Forbidden.empty())
    return E.reject(Forbidden);
  if (!checkRegionAccess(E, Ptr, A, M->ValueSize,
                         "invalid access to map value, value_size="))
    return false;
  // Special fields are the kernel's; a kptr field holds a kernel struct
  // pointer it types through BTF (MapKptr.cpp).
  int64_t Lo = A.Off + Ptr.Var.SMin;
  int64_t Hi =
      A.Off + static_cast<int64_t>(Ptr.Var.UMax) + static_cast<int64_t>(A.Size);
  if (!checkSpecialFieldAccess(E, *M, Lo, Hi))
    return false;
  if (const bpf::KptrField *K = kptrFieldIn(*M, Lo, Hi))
    return checkKptrAccess(E, P, Ptr, A, *K);
  if (A.Loaded && !A.IsWrite && M->readOnlyForPrograms() && Ptr.Var.isConst()) {
    uint64_t At = static_cast<uint64_t>(
        A.Off + static_cast<int64_t>(Ptr.Var.constValue()));
    if (std::optional<uint64_t> V =
            E.Data.bytes(M->Name, At, static_cast<unsigned>(A.Size)))
      *A.Loaded = RegState::constant(*V);
  }
  return true;
}

bool analysis::checkUnmodifiedPtr(TransferEnv &E, unsigned Regno,
                                  const RegState &R, bool FixedOffOk) {
  std::string Name = regName(Regno);
  if (R.Off < 0)
    return E.reject("negative offset " + R.typeName() + " ptr " + Name +
                    " off=" + std::to_string(R.Off) + " disallowed");
  if (!FixedOffOk && R.Off)
    return E.reject("dereference of modified " + R.typeName() + " ptr " + Name +
                    " off=" + std::to_string(R.Off) + " disallowed");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.reject("variable " + R.typeName() +
                    " access var_off=" + R.Var.Var.str() + " disallowed");
  return true;
}

/// The context: an unmodified pointer, and the program type's fields.
static bool checkCtxPtrAccess(TransferEnv &E, const RegState &Ptr,
                              const MemAccess &A) {
  if (!checkUnmodifiedPtr(E, A.Regno, Ptr))
    return false;
  if (E.Tracing)
    return checkTracingCtxAccess(E, A);
  unsigned Size = static_cast<unsigned>(A.Size);
  CtxAccessResult C = checkCtxAccess(E.Section, A.Off, Size, A.IsWrite);
  if (C.Status == CtxAccessResult::Unknown)
    return E.unknown(C.Why);
  // A pointer field cannot be sign-extended (is_ldsx in the program
  // types' is_valid_access()).
  if (C.Status == CtxAccessResult::Refused ||
      (A.SignExtends && C.Loaded.isPointer()))
    return E.reject("invalid bpf_context access off=" + std::to_string(A.Off) +
                    " size=" + std::to_string(Size));
  if (A.Loaded) {
    *A.Loaded = C.Loaded;
    if (A.Loaded->maybeNull())
      A.Loaded->Id = E.newId();
  }
  return true;
}

static bool checkFlowKeysAccess(TransferEnv &E, const RegState &Ptr,
                                const MemAccess &A) {
  if (!Ptr.Var.isConst())
    return E.unknown("variable-offset flow keys access is not modelled");
  int64_t At = A.Off + static_cast<int64_t>(Ptr.Var.constValue());
  unsigned Size = static_cast<unsigned>(A.Size);
  if (!model::flowKeysAccessAllowed(At, Size))
    return E.reject(model::flowKeysAccessMessage(At, Size));
  return true;
}

bool analysis::checkMemAccess(TransferEnv &E, Path &P, const MemAccess &A) {
  VerifierState &S = P.State;
  const RegState &Ptr = S.reg(A.Regno);
  std::string R = regName(A.Regno);
  if (A.Loaded)
    *A.Loaded = RegState::unknownScalar();
  if (A.IsWrite && A.ValueReg >= 0 && S.reg(A.ValueReg).isPointer() &&
      !E.privileged() && Ptr.Type == RegType::MapValue)
    return E.reject(regName(A.ValueReg) + " leaks addr into map");

  MemAccess At = A.fromBase(Ptr);
  switch (Ptr.maybeNull() ? RegType::NotInit : Ptr.Type) {
  case RegType::Stack:
    return checkStackAccess(E, P, Ptr, At,
                            A.IsWrite ? " write to" : " read from");
  case RegType::MapValue:
    return checkMapValueAccess(E, P, Ptr, At);
  case RegType::Mem:
    if (A.IsWrite && (Ptr.Flags & ReadOnly))
      return E.reject(R + " cannot write into " + Ptr.typeName());
    if (Ptr.Flags & BtfUntrusted)
      return true; // read without bounds, faults handled at run time
    return checkRegionAccess(E, Ptr, At, Ptr.MemSize,
                             "invalid access to memory, mem_size=");
  case RegType::Ctx:
    return checkCtxPtrAccess(E, Ptr, A);
  case RegType::Packet:
  case RegType::PacketMeta:
    return checkPacketAccess(E, Ptr, At);
  case RegType::Socket:
  case RegType::SockCommon:
  case RegType::TcpSock:
  case RegType::XdpSock:
    return checkSockAccess(E, Ptr, A);
  case RegType::FlowKeys:
    return checkFlowKeysAccess(E, Ptr, At);
  case RegType::MapKey:
    if (A.IsWrite)
      return E.reject("write to change key " + R + " not allowed");
    return checkRegionAccess(E, Ptr, At, Ptr.Map ? Ptr.Map->KeySize : 0,
                             "invalid access to map key, key_size=");
  case RegType::BtfId:
    if (isAllocObj(Ptr))
      return checkAllocObjAccess(E, Ptr, At);
    return checkBtfPtrAccess(E, Ptr, At);
  case RegType::ConstMapPtr:
    return checkMapPtrAccess(E, Ptr, At);
  default:
    break;
  }
  if (Ptr.maybeNull()) {
    noteMaybeNull(E, A.Regno, Ptr);
    E.note(P.Pc, "add a NULL check before this access");
  }
  return E.reject(R + " invalid mem access '" + Ptr.typeName() + "'");
}

/// Kinds whose accesses the kernel rewrites for the pointer's type
/// (reg_type_mismatch_ok() is false for them).
static bool accessRewrittenPerKind(RegType T) {
  return T == RegType::Ctx || isSocketType(T) || T == RegType::BtfId;
}

/// One instruction is rewritten once, for one pointer kind: every path
/// through it must access the same kind when the kind matters
/// (save_aux_ptr_type()).
static bool checkSameAccessKind(TransferEnv &E, int Pc, RegType T) {
  auto [It, First] = E.AccessedKind.try_emplace(Pc, T);
  RegType Prev = It->second;
  if (First || Prev == T ||
      (!accessRewrittenPerKind(Prev) && !accessRewrittenPerKind(T)))
    return true;
  return E.reject("same insn cannot be used with different pointers");
}

Step analysis::transferLoadStore(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  unsigned Size = I.accessBytes();
  if (I.cls() == bpf::BPF_LDX) {
    if (I.mode() == bpf::BPF_MEMSX &&
        !E.Profile.has(model::KernelFeature::Cpuv4Insns))
      return E.reject("BPF_LDX uses reserved fields");
    if (!checkRegRead(E, S, I.Src) || !checkRegWrite(E, I.Dst))
      return Step::Stop;
    RegState Loaded;
    RegType Kind = S.reg(I.Src).Type;
    MemAccess Load = MemAccess::load(I.Src, I.Off, Size, &Loaded);
    Load.SignExtends = I.mode() == bpf::BPF_MEMSX;
    if (!checkMemAccess(E, P, Load) || !checkSameAccessKind(E, P.Pc, Kind))
      return Step::Stop;
    if (Loaded.isScalar() && Size < 8) {
      if (I.mode() == bpf::BPF_MEMSX)
        Loaded.Var.signExtend(Size);
      else
        Loaded.Var.truncate(Size);
    }
    Loaded.Origin = P.Pc;
    S.reg(I.Dst) = Loaded;
    ++P.Pc;
    return Step::Next;
  }
  if (!checkRegRead(E, S, I.Dst))
    return Step::Stop;
  int ValueReg = -1;
  if (I.cls() == bpf::BPF_STX) {
    if (!checkRegRead(E, S, I.Src))
      return Step::Stop;
    ValueReg = I.Src;
  }
  RegType Kind = S.reg(I.Dst).Type;
  MemAccess Store = MemAccess::store(I.Dst, I.Off, Size, ValueReg);
  if (!checkMemAccess(E, P, Store) || !checkSameAccessKind(E, P.Pc, Kind))
    return Step::Stop;
  ++P.Pc;
  return Step::Next;
}

/// The kernel's check_ptr_alignment() name for each pointer kind.
static const char *alignmentDesc(RegType T) {
  switch (T) {
  case RegType::FlowKeys:
    return "flow keys ";
  case RegType::MapKey:
    return "key ";
  case RegType::MapValue:
    return "value ";
  case RegType::Ctx:
    return "context ";
  case RegType::Stack:
    return "stack ";
  case RegType::Socket:
    return "sock ";
  case RegType::SockCommon:
    return "sock_common ";
  case RegType::TcpSock:
    return "tcp_sock ";
  case RegType::XdpSock:
    return "xdp_sock ";
  default:
    return "";
  }
}

bool analysis::checkStrictAlignment(TransferEnv &E, const RegState &Ptr,
                                    int Off, uint64_t Size) {
  if (Size == 1 || Ptr.isPacketLike())
    return true;
  domain::Tnum At =
      Ptr.Var.Var.add(domain::Tnum::constant(static_cast<uint64_t>(
          static_cast<int64_t>(Ptr.Off) + static_cast<int64_t>(Off))));
  if (((At.Value | At.Mask) & (Size - 1)) == 0)
    return true;
  return E.reject(std::string("misaligned ") + alignmentDesc(Ptr.Type) +
                  "access off " + Ptr.Var.Var.str() + "+" +
                  std::to_string(Ptr.Off) + "+" + std::to_string(Off) +
                  " size " + std::to_string(Size));
}
