//===- LocalTypes.cpp - Structs of the program's own BTF ------------------===//
//
// bpf_obj_new() objects are laid out by the object's own BTF, which
// BTFDebug writes after the plugin runs. This encodes the structs the
// program allocates (or points to from local `__kptr` fields) from their
// debug info into a small BTF with libbpf's writer, so the engine can walk
// them the way the kernel walks the object's BTF, and finds their special
// fields as the kernel's btf_parse_struct_metas() does. Pointer members are
// written as `void *`: a pointer read from a local object is a number to
// the kernel whatever it points to, and that keeps the encoding acyclic.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/LocalTypes.h"
#include "DebugTypes.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/Module.h"

#include <bpf/btf.h>

#include <set>

using namespace llvm;
using namespace verifiable;

uint64_t LocalTypeTable::idValueOf(const DIType *T) {
  for (size_t I = 0; I < Roots.size(); ++I)
    if (Roots[I] == T)
      return bpf::LocalTypeIdBase + I;
  Roots.push_back(T);
  return bpf::LocalTypeIdBase + Roots.size() - 1;
}

namespace {

/// Debug-info types written into one libbpf BTF.
class Encoder {
public:
  Encoder() : B(btf__new_empty()) {}
  ~Encoder() { btf__free(B); }

  /// The BTF id of \p T, written on first use; -1 when it cannot be
  /// written (Problem says why).
  int add(const DIType *T);
  std::string Problem;
  struct btf *B;

private:
  int fail(const std::string &Why) {
    if (Problem.empty())
      Problem = Why;
    return -1;
  }
  int indexType();
  int addComposite(const DICompositeType *C);
  DenseMap<const DIType *, int> Ids;
  int Index = 0;
};

int Encoder::indexType() {
  if (!Index)
    Index = btf__add_int(B, "__ARRAY_SIZE_TYPE__", 4, 0);
  return Index;
}

int Encoder::add(const DIType *T) {
  if (!B)
    return fail("libbpf could not create a BTF");
  if (!T)
    return 0;
  auto It = Ids.find(T);
  if (It != Ids.end())
    return It->second;
  int Id = -1;
  if (const auto *Basic = dyn_cast<DIBasicType>(T)) {
    size_t Size = Basic->getSizeInBits() / 8;
    if (Basic->getEncoding() == dwarf::DW_ATE_float) {
      Id = btf__add_float(B, Basic->getName().str().c_str(), Size);
    } else {
      int Enc = 0;
      switch (Basic->getEncoding()) {
      case dwarf::DW_ATE_signed:
      case dwarf::DW_ATE_signed_char:
        Enc = BTF_INT_SIGNED;
        break;
      case dwarf::DW_ATE_boolean:
        Enc = BTF_INT_BOOL;
        break;
      default:
        break;
      }
      Id = btf__add_int(B, Basic->getName().str().c_str(), Size, Enc);
    }
  } else if (const auto *D = dyn_cast<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_pointer_type:
      Id = btf__add_ptr(B, 0);
      break;
    case dwarf::DW_TAG_typedef: {
      int Base = add(D->getBaseType());
      if (Base < 0)
        return -1;
      Id = btf__add_typedef(B, D->getName().str().c_str(), Base);
      break;
    }
    case dwarf::DW_TAG_const_type:
    case dwarf::DW_TAG_volatile_type:
    case dwarf::DW_TAG_restrict_type: {
      int Base = add(D->getBaseType());
      if (Base < 0)
        return -1;
      Id = D->getTag() == dwarf::DW_TAG_const_type ? btf__add_const(B, Base)
           : D->getTag() == dwarf::DW_TAG_volatile_type
               ? btf__add_volatile(B, Base)
               : btf__add_restrict(B, Base);
      break;
    }
    case dwarf::DW_TAG_atomic_type:
      Id = add(D->getBaseType());
      break;
    default:
      return fail("a debug-info type with tag " +
                  dwarf::TagString(D->getTag()).str() +
                  " in a program-local struct");
    }
  } else if (const auto *C = dyn_cast<DICompositeType>(T)) {
    Id = addComposite(C);
  } else {
    return fail("a function type in a program-local struct");
  }
  if (Id < 0)
    return fail(Problem.empty() ? "libbpf refused a program-local type" : "");
  Ids[T] = Id;
  return Id;
}

int Encoder::addComposite(const DICompositeType *C) {
  std::string Name = C->getName().str();
  switch (C->getTag()) {
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_union_type: {
    bool IsUnion = C->getTag() == dwarf::DW_TAG_union_type;
    if (C->isForwardDecl())
      return btf__add_fwd(B, Name.c_str(),
                          IsUnion ? BTF_FWD_UNION : BTF_FWD_STRUCT);
    struct Field {
      std::string Name;
      int Type;
      uint32_t BitOff, BitSize;
    };
    std::vector<Field> Fields;
    for (const DINode *N : C->getElements()) {
      const auto *M = dyn_cast_or_null<DIDerivedType>(N);
      if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
        continue;
      int Type = add(M->getBaseType());
      if (Type < 0)
        return -1;
      uint32_t BitSize = M->isBitField() ? M->getSizeInBits() : 0;
      Fields.push_back({M->getName().str(), Type,
                        static_cast<uint32_t>(M->getOffsetInBits()), BitSize});
    }
    uint32_t Size = C->getSizeInBits() / 8;
    int Id = IsUnion ? btf__add_union(B, Name.c_str(), Size)
                     : btf__add_struct(B, Name.c_str(), Size);
    if (Id < 0)
      return -1;
    for (const Field &F : Fields)
      if (btf__add_field(B, F.Name.empty() ? nullptr : F.Name.c_str(), F.Type,
                         F.BitOff, F.BitSize) < 0)
        return -1;
    return Id;
  }
  case dwarf::DW_TAG_array_type: {
    int Elem = add(C->getBaseType());
    if (Elem < 0)
      return -1;
    std::vector<uint32_t> Counts = arrayDimensions(C);
    int Idx = indexType();
    for (auto It = Counts.rbegin(); It != Counts.rend(); ++It) {
      Elem = btf__add_array(B, Idx, Elem, *It);
      if (Elem < 0)
        return -1;
    }
    return Elem;
  }
  case dwarf::DW_TAG_enumeration_type: {
    uint32_t Size = C->getSizeInBits() / 8;
    if (Size == 8)
      return btf__add_enum64(B, Name.c_str(), Size, false);
    return btf__add_enum(B, Name.c_str(), Size);
  }
  default:
    return fail("a debug-info composite with tag " +
                dwarf::TagString(C->getTag()).str() +
                " in a program-local struct");
  }
}

/// Whether \p T is a pointer carrying a kptr type tag; its kind.
bool kptrTag(const DIType *T, bpf::KptrField::KindTy &Kind) {
  const auto *Ptr = dyn_cast_or_null<DIDerivedType>(stripQualifiers(T));
  if (!Ptr || Ptr->getTag() != dwarf::DW_TAG_pointer_type)
    return false;
  const MDTuple *Tags = Ptr->getAnnotations().get();
  if (!Tags)
    return false;
  for (const MDOperand &Op : Tags->operands()) {
    const auto *Pair = dyn_cast<MDTuple>(Op.get());
    if (!Pair || Pair->getNumOperands() != 2)
      continue;
    const auto *Key = dyn_cast<MDString>(Pair->getOperand(0));
    const auto *Value = dyn_cast<MDString>(Pair->getOperand(1));
    if (!Key || !Value || Key->getString() != "btf_type_tag")
      continue;
    if (Value->getString() == "kptr")
      Kind = bpf::KptrField::Referenced;
    else if (Value->getString() == "kptr_untrusted")
      Kind = bpf::KptrField::Untrusted;
    else if (Value->getString() == "percpu_kptr")
      Kind = bpf::KptrField::Percpu;
    else
      continue;
    return true;
  }
  return false;
}

/// Whether \p T holds a kernel-managed struct anywhere inside it.
bool holdsSpecial(const DIType *T, unsigned Depth = 0) {
  const auto *C = dyn_cast_or_null<DICompositeType>(stripQualifiers(T));
  if (!C || Depth > 8)
    return false;
  bpf::SpecialField::Kind K;
  std::string Name = C->getName().str();
  if (C->getTag() == dwarf::DW_TAG_structure_type &&
      (bpf::SpecialField::kindOfStruct(Name, K) ||
       bpf::SpecialField::kindOfNodeStruct(Name, K)))
    return true;
  if (C->getTag() == dwarf::DW_TAG_array_type)
    return holdsSpecial(C->getBaseType(), Depth + 1);
  for (const DINode *N : C->getElements())
    if (const auto *M = dyn_cast_or_null<DIDerivedType>(N))
      if (M->getTag() == dwarf::DW_TAG_member &&
          (holdsSpecial(M->getBaseType(), Depth + 1)))
        return true;
  return false;
}

/// The special fields of a local struct (btf_parse_struct_metas()): only
/// structs with such a field as a direct member have a record. What the
/// engine does not describe (nested special fields, timers, graph roots)
/// makes the type unmodelled.
void readFields(const DICompositeType *C, bpf::LocalType &L) {
  for (const DINode *N : C->getElements()) {
    const auto *M = dyn_cast_or_null<DIDerivedType>(N);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
      continue;
    uint32_t Off = static_cast<uint32_t>(M->getOffsetInBits() / 8);
    bpf::KptrField::KindTy KK;
    if (kptrTag(M->getBaseType(), KK)) {
      L.HasRecord = true;
      bpf::KptrField F;
      F.Off = Off;
      F.Kind = KK;
      L.Kptrs.push_back(F);
      continue;
    }
    const auto *S =
        dyn_cast_or_null<DICompositeType>(stripQualifiers(M->getBaseType()));
    if (!S)
      continue;
    bpf::SpecialField F;
    std::string Name = S->getName().str();
    bool Node = bpf::SpecialField::kindOfNodeStruct(Name, F.K);
    if (S->getTag() == dwarf::DW_TAG_structure_type &&
        (Node || bpf::SpecialField::kindOfStruct(Name, F.K))) {
      F.Offset = Off;
      F.Size = static_cast<uint32_t>(S->getSizeInBits() / 8);
      switch (F.K) {
      case bpf::SpecialField::SpinLock:
      case bpf::SpecialField::Refcount:
      case bpf::SpecialField::ListNode:
      case bpf::SpecialField::RbNode:
        L.HasRecord = true;
        L.Fields.push_back(F);
        break;
      case bpf::SpecialField::ListHead:
      case bpf::SpecialField::RbRoot:
        L.HasRecord = true;
        L.Fields.push_back(F);
        if (L.Unmodelled.empty())
          L.Unmodelled = "a " + Name + " in program-allocated struct " +
                         L.Name + " (graph roots) is not modelled yet";
        break;
      default:
        if (L.Unmodelled.empty())
          L.Unmodelled = "a " + Name + " in program-allocated struct " +
                         L.Name + " is not modelled";
        break;
      }
      continue;
    }
    if (holdsSpecial(S) && L.Unmodelled.empty())
      L.Unmodelled = "special fields nested in member '" + M->getName().str() +
                     "' of program-allocated struct " + L.Name +
                     " are not modelled";
  }
}

} // namespace

void LocalTypeTable::describe(const Module &M, bpf::Program &P) const {
  std::vector<const DIType *> Types = Roots;
  std::vector<uint64_t> Values;
  for (size_t I = 0; I < Roots.size(); ++I)
    Values.push_back(bpf::LocalTypeIdBase + I);
  // Local kptr pointees: the structs kptr fields name, when the module
  // defines them.
  std::set<std::string> Pointees;
  auto AddPointees = [&](const std::vector<bpf::KptrField> &Fields) {
    for (const bpf::KptrField &F : Fields)
      if (!F.Pointee.empty())
        Pointees.insert(F.Pointee);
  };
  // And the structs list heads and tree roots contain (`__contains`).
  auto AddContained = [&](const std::vector<bpf::SpecialField> &Fields) {
    for (const bpf::SpecialField &F : Fields)
      if (!F.ContainsType.empty())
        Pointees.insert(F.ContainsType);
  };
  for (const bpf::MapDef &Map : P.Maps) {
    AddPointees(Map.KptrFields);
    AddContained(Map.Fields);
    if (Map.Inner) {
      AddPointees(Map.Inner->KptrFields);
      AddContained(Map.Inner->Fields);
    }
  }
  for (const bpf::GlobalVar &G : P.Globals) {
    AddPointees(G.KptrFields);
    AddContained(G.Fields);
  }
  if (!Pointees.empty()) {
    DebugInfoFinder Finder;
    Finder.processModule(M);
    for (const DIType *T : Finder.types()) {
      const auto *C = dyn_cast<DICompositeType>(T);
      if (!C || C->getTag() != dwarf::DW_TAG_structure_type ||
          C->isForwardDecl() || !Pointees.count(C->getName().str()))
        continue;
      Pointees.erase(C->getName().str());
      if (std::find(Types.begin(), Types.end(), T) != Types.end())
        continue;
      Types.push_back(T);
      Values.push_back(0);
    }
  }
  if (Types.empty())
    return;

  Encoder Enc;
  for (size_t I = 0; I < Types.size(); ++I) {
    bpf::LocalType L;
    L.TypeIdValue = Values[I];
    const DIType *T = Types[I];
    L.Name = T ? T->getName().str() : "";
    L.Size = T ? static_cast<uint32_t>(T->getSizeInBits() / 8) : 0;
    const auto *C = dyn_cast_or_null<DICompositeType>(T);
    L.IsStruct =
        C && C->getTag() == dwarf::DW_TAG_structure_type && !C->isForwardDecl();
    int Id = Enc.add(T);
    if (Id < 0) {
      L.Unmodelled = "program-local type " + L.Name + ": " + Enc.Problem;
      Enc.Problem.clear();
    } else {
      L.BtfId = static_cast<uint32_t>(Id);
    }
    if (L.IsStruct)
      readFields(C, L);
    P.LocalTypes.push_back(std::move(L));
  }
  uint32_t Size = 0;
  const void *Raw = Enc.B ? btf__raw_data(Enc.B, &Size) : nullptr;
  if (Raw)
    P.LocalBtf.assign(static_cast<const uint8_t *>(Raw),
                      static_cast<const uint8_t *>(Raw) + Size);
}
