//===- SpecialFields.cpp - Fields of map values the kernel manages --------===//
//
// A bpf_spin_lock, bpf_timer, bpf_wq, list or tree root or refcount in a map
// value is the kernel's: no load, store or helper access may touch its bytes
// (check_map_access()). Maps holding some of them are refused to some
// program types before verification starts (check_map_prog_compatibility(),
// for every map an ld_imm64 names, in instruction order). The fields come
// from the value type's BTF (MapDef::Fields, found by the front-end).
//
//===----------------------------------------------------------------------===//
#include "Graphs.h"
#include "Locks.h"
#include "Messages.h"
#include "ProgramData.h"
#include "TransferEnv.h"

#include "verifiable/Model/ProgTypes.h"

using namespace verifiable;
using namespace verifiable::analysis;
using bpf::SpecialField;

bool analysis::checkSpecialFieldAccess(TransferEnv &E, const bpf::MapDef &M,
                                       int64_t Lo, int64_t Hi) {
  // Without a record (a graph root the kernel cannot parse) the kernel
  // checks none of the fields.
  if (graphRecordOf(E, M) != GraphRecord::Valid) {
    bool Overlaps = kptrFieldIn(M, Lo, Hi);
    for (const SpecialField &F : M.Fields)
      Overlaps |= Lo < int64_t(F.Offset) + F.Size && int64_t(F.Offset) < Hi;
    if (Overlaps)
      return E.unknown("an access to a special field of map '" + M.Name +
                       "', whose record the kernel may not build, is not "
                       "modelled");
  }
  for (const SpecialField &F : M.Fields)
    if (Lo < int64_t(F.Offset) + F.Size && int64_t(F.Offset) < Hi)
      return E.reject(std::string(F.name()) +
                      " cannot be accessed directly by load/store");
  return true;
}

const bpf::KptrField *analysis::kptrFieldIn(const bpf::MapDef &M, int64_t Lo,
                                            int64_t Hi) {
  for (const bpf::KptrField &K : M.KptrFields)
    if (Lo < int64_t(K.Off) + 8 && int64_t(K.Off) < Hi)
      return &K;
  return nullptr;
}

/// Why the program's type may not use \p M, or "".
static std::string incompatibility(const TransferEnv &E, const bpf::MapDef &M) {
  bool Tracing = model::isTracingProgType(E.Section.Type);
  if (Tracing && (M.findField(SpecialField::ListHead) ||
                  M.findField(SpecialField::RbRoot)))
    return "tracing progs cannot use bpf_{list_head,rb_root} yet";
  // A bpf_res_spin_lock counts as a bpf_spin_lock here (measured on 6.18).
  if (M.findField(SpecialField::SpinLock) ||
      M.findField(SpecialField::ResSpinLock)) {
    if (E.Section.Type == model::ProgType::SocketFilter)
      return "socket filter progs cannot use bpf_spin_lock yet";
    if (Tracing)
      return "tracing progs cannot use bpf_spin_lock yet";
  }
  if (Tracing && M.findField(SpecialField::Timer))
    return "tracing progs cannot use bpf_timer yet";
  if (Tracing && M.findField(SpecialField::Workqueue))
    return "tracing progs cannot use bpf_wq yet";
  return "";
}

bool analysis::checkMapsAllowed(TransferEnv &E) {
  for (int Pc = 0; Pc < E.Image.size(); ++Pc) {
    const bpf::Insn &I = E.Image.insn(Pc);
    if (I.IsSecondHalf || !I.isLdImm64())
      continue;
    const bpf::MapDef *M = nullptr;
    if (I.Ref.K == bpf::SymbolRef::Map) {
      M = E.Prog.findMap(I.Ref.Name);
    } else if (I.Ref.K == bpf::SymbolRef::GlobalData) {
      if (const bpf::GlobalVar *G = E.Prog.findGlobal(I.Ref.Name))
        M = E.Data.sectionMap(G->Section);
    }
    if (!M)
      continue;
    if (std::string Why = incompatibility(E, *M); !Why.empty()) {
      // A value without a record has none of these fields to the kernel.
      GraphRecord Rec = graphRecordOf(E, *M);
      if (Rec == GraphRecord::Invalid)
        continue;
      E.Out.setStopPc(Pc);
      if (Rec == GraphRecord::Unknown)
        return E.unknown("the special fields of map '" + M->Name +
                         "' are not modelled");
      return E.reject(Why);
    }
  }
  return true;
}

const bpf::SpecialField *analysis::specialFieldArg(TransferEnv &E,
                                                   const RegState &R, int Regno,
                                                   bpf::SpecialField::Kind K,
                                                   const char *Expected) {
  std::string Name = bpf::SpecialField::nameOf(K);
  if (R.Type != RegType::MapValue || R.maybeNull()) {
    if (R.maybeNull())
      noteMaybeNull(E, Regno, R);
    rejectTypeMismatch(E, Regno, R, Expected);
    return nullptr;
  }
  if (!R.Var.isConst()) {
    E.reject(regName(Regno) + " doesn't have constant offset. " + Name +
             " has to be at the constant offset");
    return nullptr;
  }
  const bpf::MapDef *M = R.Map;
  if (!M) {
    E.unknown(Name + " in a map value of an unknown map");
    return nullptr;
  }
  switch (graphRecordOf(E, *M)) {
  case GraphRecord::Valid:
    break;
  case GraphRecord::Invalid:
    E.reject("map '" + M->Name + "' has no valid " + Name);
    return nullptr;
  case GraphRecord::Unknown:
    E.unknown("the special fields of map '" + M->Name + "' are not modelled");
    return nullptr;
  }
  const bpf::SpecialField *F = M->findField(K);
  if (!F) {
    E.reject("map '" + M->Name + "' has no valid " + Name);
    return nullptr;
  }
  int64_t Off = static_cast<int64_t>(R.Var.constValue()) + R.Off;
  if (Off != F->Offset) {
    E.reject("off " + std::to_string(Off) + " doesn't point to 'struct " +
             Name + "' that is at " + std::to_string(F->Offset));
    return nullptr;
  }
  return F;
}
