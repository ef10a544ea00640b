//===- MemoryAccess.cpp - Loads, stores, atomics and ld_imm64 -------------===//
//
// The kernel's check_mem_access(), by pointer kind: the stack (bounds,
// alignment, spills and fills of whole registers, uninitialised bytes), map
// values and sized memory (constant and variable offsets against the
// region's size, read-only maps), the context (the program type's rules),
// and everything that cannot be dereferenced at all.
//
//===----------------------------------------------------------------------===//
#include "CtxAccess.h"
#include "Engine.h"

#include "verifiable/Domain/Tnum.h"
#include "verifiable/Model/SockAccess.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

static constexpr int64_t MaxVarOff = 1 << 29;

bool Engine::checkRegionAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                               unsigned Size, uint64_t RegionSize,
                               const std::string &What) {
  std::string R = "R" + std::to_string(Regno);
  const domain::Scalar &V = Ptr.Var;
  auto Fits = [&](int64_t At) {
    return At >= 0 && static_cast<uint64_t>(At) + Size <= RegionSize;
  };
  auto OutOfBounds = [&](int64_t At) {
    return reject(What + std::to_string(RegionSize) + " off=" +
                  std::to_string(At) + " size=" + std::to_string(Size));
  };
  if (V.SMin < 0 && (V.SMin == INT64_MIN ||
                     Off + V.SMin != static_cast<int32_t>(Off + V.SMin) ||
                     V.SMin + Off < 0)) {
    note(Ptr.Origin, "the offset added to this pointer may be negative");
    return reject(R + " min value is negative, either use unsigned index or "
                      "do a if (index >=0) check.");
  }
  if (!Fits(V.SMin + Off))
    return OutOfBounds(V.SMin + Off);
  if (V.UMax >= static_cast<uint64_t>(MaxVarOff)) {
    note(Ptr.Origin, "the offset added to this pointer has no upper bound");
    return reject(R + " unbounded memory access, make sure to bounds check "
                      "any such access");
  }
  if (!Fits(static_cast<int64_t>(V.UMax) + Off)) {
    if (!V.isConst())
      note(Ptr.Origin, "the largest offset this pointer may have is " +
                           std::to_string(V.UMax + Ptr.Off));
    return OutOfBounds(static_cast<int64_t>(V.UMax) + Off);
  }
  return true;
}

/// Socket mirrors: fixed loads of the fields the kernel exposes, never a
/// store (check_sock_access()).
bool Engine::checkSockAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                             unsigned Size, bool IsWrite) {
  model::SockPtrKind K =
      Ptr.Type == RegType::Socket    ? model::SockPtrKind::Socket
      : Ptr.Type == RegType::TcpSock ? model::SockPtrKind::TcpSock
                                     : model::SockPtrKind::SockCommon;
  if (IsWrite)
    return reject(model::sockWriteMessage(Regno, K));
  if (Ptr.Var.SMin < 0)
    return reject("R" + std::to_string(Regno) +
                  " min value is negative, either use unsigned index or do a "
                  "if (index >=0) check.");
  if (!Ptr.Var.isConst())
    return unknown("variable-offset socket access is not modelled");
  int64_t At = Off + Ptr.Off + static_cast<int64_t>(Ptr.Var.constValue());
  if (!model::sockLoadAllowed(K, At, Size))
    return reject(model::sockAccessMessage(Regno, K, At, Size));
  return true;
}

bool Engine::checkMemAccess(Path &P, int Regno, int Off, unsigned Size,
                            bool IsWrite, int ValueReg, RegState *Loaded) {
  VerifierState &S = P.State;
  const RegState &Ptr = S.reg(Regno);
  std::string R = "R" + std::to_string(Regno);
  if (Loaded)
    *Loaded = RegState::unknownScalar();

  if (IsWrite && ValueReg >= 0 && S.reg(ValueReg).isPointer() &&
      !Opts.Privileged) {
    if (Ptr.Type == RegType::MapValue)
      return reject("R" + std::to_string(ValueReg) + " leaks addr into map");
  }

  switch (Ptr.maybeNull() ? RegType::NotInit : Ptr.Type) {
  case RegType::Stack:
    return checkStackAccess(P, Ptr, Regno, Off + Ptr.Off, Size, IsWrite,
                            ValueReg, Loaded,
                            IsWrite ? " write to" : " read from");
  case RegType::MapValue: {
    const bpf::MapDef *M = Ptr.Map;
    if (!M)
      return unknown("map value of an unknown map");
    if (IsWrite && M->readOnlyForPrograms())
      return reject("write into map forbidden, value_size=" +
                    std::to_string(M->ValueSize) +
                    " off=" + std::to_string(Off + Ptr.Off) +
                    " size=" + std::to_string(Size));
    if (!checkRegionAccess(P, Ptr, Regno, Off + Ptr.Off, Size, M->ValueSize,
                           "invalid access to map value, value_size="))
      return false;
    if (Loaded && !IsWrite && M->readOnlyForPrograms() && Ptr.Var.isConst()) {
      // A frozen read-only map: the kernel reads the value itself.
      uint64_t At = static_cast<uint64_t>(
          Off + Ptr.Off + static_cast<int64_t>(Ptr.Var.constValue()));
      if (std::optional<uint64_t> V = readOnlyData(M->Name, At, Size))
        *Loaded = RegState::constant(*V);
    }
    return true;
  }
  case RegType::Mem:
    if (IsWrite && (Ptr.Flags & ReadOnly))
      return reject(R + " cannot write into " + Ptr.typeName());
    return checkRegionAccess(P, Ptr, Regno, Off + Ptr.Off, Size, Ptr.MemSize,
                             "invalid access to memory, mem_size=");
  case RegType::Ctx: {
    if (Ptr.Off < 0)
      return reject("negative offset ctx ptr " + R +
                    " off=" + std::to_string(Ptr.Off) + " disallowed");
    if (Ptr.Off)
      return reject("dereference of modified ctx ptr " + R +
                    " off=" + std::to_string(Ptr.Off) + " disallowed");
    if (!Ptr.Var.isConst() || Ptr.Var.constValue())
      return reject("variable ctx access var_off=" + Ptr.Var.Var.str() +
                    " disallowed");
    CtxAccessResult A = checkCtxAccess(*Section, Off, Size, IsWrite);
    if (A.Status == CtxAccessResult::Unknown)
      return unknown(A.Why);
    if (A.Status == CtxAccessResult::Refused)
      return reject("invalid bpf_context access off=" + std::to_string(Off) +
                    " size=" + std::to_string(Size));
    if (Loaded) {
      *Loaded = A.Loaded;
      if (Loaded->maybeNull())
        Loaded->Id = newId();
    }
    return true;
  }
  case RegType::Packet:
  case RegType::PacketMeta:
    if (!checkPacketAccess(P, Ptr, Regno, Off + Ptr.Off, Size, IsWrite, false,
                           false))
      return false;
    return true;
  case RegType::Socket:
  case RegType::SockCommon:
  case RegType::TcpSock:
    return checkSockAccess(P, Ptr, Regno, Off, Size, IsWrite);
  case RegType::FlowKeys: {
    if (!Ptr.Var.isConst())
      return unknown("variable-offset flow keys access is not modelled");
    int64_t At = Off + Ptr.Off + static_cast<int64_t>(Ptr.Var.constValue());
    if (!model::flowKeysAccessAllowed(At, Size))
      return reject(model::flowKeysAccessMessage(At, Size));
    return true;
  }
  case RegType::MapKey:
    if (IsWrite)
      return reject("write to change key R" + std::to_string(Regno) +
                    " not allowed");
    return checkRegionAccess(P, Ptr, Regno, Off + Ptr.Off, Size,
                             Ptr.Map ? Ptr.Map->KeySize : 0,
                             "invalid access to map key, key_size=");
  case RegType::BtfId:
    return unknown("access through a " + Ptr.typeName() +
                   " pointer is not modelled yet");
  default:
    break;
  }
  if (Ptr.maybeNull()) {
    note(Ptr.Origin, R + " may be NULL: it comes from here");
    note(P.Pc, "add a NULL check before this access");
  }
  return reject(R + " invalid mem access '" + Ptr.typeName() + "'");
}

bool Engine::doLoadStore(Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  unsigned Size = I.accessBytes();
  if (I.cls() == bpf::BPF_LDX) {
    if (!checkRegRead(S, I.Src) || !checkRegWrite(I.Dst))
      return false;
    RegState Loaded;
    if (!checkMemAccess(P, I.Src, I.Off, Size, false, -1, &Loaded))
      return false;
    if (Loaded.isScalar() && Size < 8) {
      if (I.mode() == bpf::BPF_MEMSX)
        Loaded.Var.signExtend(Size);
      else
        Loaded.Var.truncate(Size);
    }
    Loaded.Origin = P.Pc;
    S.reg(I.Dst) = Loaded;
    ++P.Pc;
    return true;
  }
  if (!checkRegRead(S, I.Dst))
    return false;
  int ValueReg = -1;
  if (I.cls() == bpf::BPF_STX) {
    if (!checkRegRead(S, I.Src))
      return false;
    ValueReg = I.Src;
  }
  if (!checkMemAccess(P, I.Dst, I.Off, Size, true, ValueReg, nullptr))
    return false;
  ++P.Pc;
  return true;
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
  default:
    return "";
  }
}

bool Engine::checkStrictAlignment(const RegState &Ptr, int Off, unsigned Size) {
  if (Size == 1 || Ptr.isPacketLike())
    return true;
  domain::Tnum At =
      Ptr.Var.Var.add(domain::Tnum::constant(static_cast<uint64_t>(
          static_cast<int64_t>(Ptr.Off) + static_cast<int64_t>(Off))));
  if (((At.Value | At.Mask) & (Size - 1)) == 0)
    return true;
  return reject(std::string("misaligned ") + alignmentDesc(Ptr.Type) +
                "access off " + Ptr.Var.Var.str() + "+" +
                std::to_string(Ptr.Off) + "+" + std::to_string(Off) + " size " +
                std::to_string(Size));
}

bool Engine::doAtomic(Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  unsigned Size = I.accessBytes();
  if (Size != 4 && Size != 8)
    return reject("invalid atomic operand size");
  if (!checkRegRead(S, I.Src) || !checkRegRead(S, I.Dst))
    return false;
  bool IsCmpXchg = I.Imm == bpf::BPF_CMPXCHG;
  if (IsCmpXchg && !checkRegRead(S, 0))
    return false;
  const RegState &Ptr = S.reg(I.Dst);
  if (Ptr.Type == RegType::Ctx || Ptr.isPacketLike() ||
      Ptr.Type == RegType::FlowKeys)
    return reject("BPF_ATOMIC stores into R" + std::to_string(I.Dst) + " " +
                  Ptr.typeName() + " is not allowed");
  // Atomics must be naturally aligned, whatever the architecture allows.
  if (!Ptr.maybeNull() && Ptr.isPointer() &&
      !checkStrictAlignment(Ptr, I.Off, Size))
    return false;
  RegState Old;
  if (!checkMemAccess(P, I.Dst, I.Off, Size, false, -1, &Old))
    return false;
  if (!checkMemAccess(P, I.Dst, I.Off, Size, true, I.Src, nullptr))
    return false;
  int Result = IsCmpXchg ? 0 : (I.Imm & bpf::BPF_FETCH) ? I.Src : -1;
  if (Result >= 0) {
    if (!checkRegWrite(Result))
      return false;
    RegState R = RegState::unknownScalar();
    if (Size == 4)
      R.Var.truncate(4);
    R.Origin = P.Pc;
    S.reg(Result) = R;
  }
  ++P.Pc;
  return true;
}

std::optional<uint64_t> Engine::readOnlyData(const std::string &Section,
                                             uint64_t At, unsigned Size) {
  for (const bpf::GlobalVar &G : Prog.Globals) {
    if (G.Section != Section || At < G.Offset ||
        At + Size > G.Offset + G.Bytes.size())
      continue;
    uint64_t V = 0;
    for (unsigned B = 0; B < Size; ++B) // little-endian
      V |= static_cast<uint64_t>(G.Bytes[At - G.Offset + B]) << (8 * B);
    return V;
  }
  return std::nullopt;
}

const bpf::MapDef *Engine::sectionMap(const std::string &Section) {
  for (const bpf::MapDef &M : SectionMaps)
    if (M.Name == Section)
      return &M;
  bpf::MapDef M;
  M.Name = Section;
  M.Type = 2; // BPF_MAP_TYPE_ARRAY
  M.KeySize = 4;
  M.ValueSize = static_cast<uint32_t>(Prog.sectionSize(Section));
  M.MaxEntries = 1;
  if (Section.rfind(".rodata", 0) == 0)
    M.Flags = bpf::MapDef::ReadOnlyForPrograms; // libbpf creates .rodata so
  SectionMaps.push_back(M);
  return &SectionMaps.back();
}

bool Engine::doLdImm64(Path &P, const bpf::Insn &I) {
  if (!checkRegWrite(I.Dst))
    return false;
  RegState R;
  switch (I.Ref.K) {
  case bpf::SymbolRef::None:
    R = RegState::constant(static_cast<uint64_t>(I.Imm64));
    break;
  case bpf::SymbolRef::Map:
    R = RegState::pointer(RegType::ConstMapPtr);
    R.Map = Prog.findMap(I.Ref.Name);
    if (!R.Map)
      return unknown("map '" + I.Ref.Name + "' has no definition we can read");
    break;
  case bpf::SymbolRef::GlobalData: {
    const bpf::GlobalVar *G = Prog.findGlobal(I.Ref.Name);
    if (!G)
      return unknown("global variable '" + I.Ref.Name + "' is not described");
    R = RegState::pointer(RegType::MapValue);
    R.Map = sectionMap(G->Section);
    R.Off = static_cast<int32_t>(G->Offset + I.Ref.Offset);
    break;
  }
  case bpf::SymbolRef::Subprog: {
    int Start = Image.startOf(I.Ref.Name);
    if (Start < 0)
      return unknown("subprogram '" + I.Ref.Name + "' is not in the object");
    R = RegState::pointer(RegType::Func);
    R.Callee = Image.pieceOf(Start);
    break;
  }
  default:
    return unknown("ld_imm64 of '" + I.Ref.Name +
                   "' (a kernel symbol or an unknown relocation) is not "
                   "modelled");
  }
  R.Origin = P.Pc;
  P.State.reg(I.Dst) = R;
  P.Pc += 2;
  return true;
}
