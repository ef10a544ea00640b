//===- LdImm64.cpp - The 16-byte load of a constant or an address ---------===//
//
// ld_imm64 loads a number, or, through a relocation, the address of a map,
// of a global variable (a map value of the data section's array map) or of
// a subprogram (a callback), of a kernel symbol (__ksym) or of a kfunc
// (bpf_ksym_exists()). Typed kernel symbols (BTF pointers) are not
// modelled yet.
//
//===----------------------------------------------------------------------===//
#include "ProgramData.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

/// What libbpf loads for a __ksym variable: an untyped one's address as a
/// number (0 for a weak one the kernel lacks), a typed one as a BTF pointer.
static bool ksymValue(TransferEnv &E, const std::string &Name, RegState &R) {
  const bpf::KsymVar *K = E.Prog.findKsym(Name);
  if (!K)
    return E.unknown("kernel symbol '" + Name + "' is not described");
  if (K->InKernel == bpf::KsymVar::Absent) { // weak: strong ones fail earlier
    R = RegState::constant(0);
    return true;
  }
  if (K->Typed)
    return E.unknown("typed __ksym variable '" + Name +
                     "' (a BTF pointer) is not modelled yet");
  R = RegState::unknownScalar();
  // A kernel address is never 0; a weak symbol of unknown presence may be.
  if (K->InKernel == bpf::KsymVar::Present || !K->Weak)
    R.Var = domain::Scalar::unsignedRange(1, UINT64_MAX);
  return true;
}

/// What the kernel sees for a kfunc's address: libbpf loads its BTF id and
/// the verifier makes it read-only memory of size 0, never NULL
/// (check_pseudo_btf_id() on a FUNC); a weak kfunc the kernel lacks loads
/// as 0.
static bool kfuncAddress(TransferEnv &E, const std::string &Name, RegState &R) {
  const bpf::KsymVar *K = E.Prog.findKsym(Name);
  if (!K || !K->Func || K->InKernel == bpf::KsymVar::Unknown ||
      (K->InKernel == bpf::KsymVar::Absent && !K->Weak))
    return E.unknown("ld_imm64 of '" + Name +
                     "' (a kfunc's address or an unknown relocation) is not "
                     "modelled");
  if (K->InKernel == bpf::KsymVar::Absent) {
    R = RegState::constant(0);
    return true;
  }
  R = RegState::pointer(RegType::Mem, ReadOnly);
  R.MemSize = 0;
  return true;
}

Step analysis::transferLdImm64(TransferEnv &E, Path &P, const bpf::Insn &I) {
  if (!checkRegWrite(E, I.Dst))
    return Step::Stop;
  RegState R;
  switch (I.Ref.K) {
  case bpf::SymbolRef::None:
    R = RegState::constant(static_cast<uint64_t>(I.Imm64));
    break;
  case bpf::SymbolRef::Map:
    R = RegState::pointer(RegType::ConstMapPtr);
    R.Map = E.Prog.findMap(I.Ref.Name);
    if (!R.Map)
      return E.unknown("map '" + I.Ref.Name +
                       "' has no definition we can read");
    break;
  case bpf::SymbolRef::GlobalData: {
    const bpf::GlobalVar *G = E.Prog.findGlobal(I.Ref.Name);
    if (!G)
      return E.unknown("global variable '" + I.Ref.Name + "' is not described");
    R = RegState::pointer(RegType::MapValue);
    R.Map = E.Data.sectionMap(G->Section);
    R.Off = static_cast<int32_t>(G->Offset + I.Ref.Offset);
    break;
  }
  case bpf::SymbolRef::Subprog: {
    // A function's address names a callback, which the kernel checks
    // against the program's BTF function info. An object built without
    // debug info (no -g) has no BTF, which shows as an entry without a
    // known signature.
    if (!E.Image.pieces()[0].F->Sig.Known)
      return E.reject("missing btf func_info");
    int Start = E.Image.startOf(I.Ref.Name);
    if (Start < 0)
      return E.unknown("subprogram '" + I.Ref.Name + "' is not in the object");
    R = RegState::pointer(RegType::Func);
    R.Callee = E.Image.pieceOf(Start);
    break;
  }
  case bpf::SymbolRef::Ksym:
    if (!ksymValue(E, I.Ref.Name, R))
      return Step::Stop;
    break;
  case bpf::SymbolRef::Kfunc:
    if (!kfuncAddress(E, I.Ref.Name, R))
      return Step::Stop;
    break;
  default:
    return E.unknown("ld_imm64 of '" + I.Ref.Name +
                     "' (a kfunc's address or an unknown relocation) is not "
                     "modelled");
  }
  R.Origin = P.Pc;
  P.State.reg(I.Dst) = R;
  P.Pc += 2;
  return Step::Next;
}
