//===- CoreLocalBtf.cpp - A CO-RE root type written as BTF ----------------===//
//
// Behind a pointer, the type-match relation looks at a struct or union's
// kind and name only, never at its members; such a type is written without
// members, which keeps self-referencing types finite and leaves the
// relation unchanged. Everything else is written in full.
//
//===----------------------------------------------------------------------===//
#include "CoreLocalBtf.h"
#include "DebugTypes.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"

#include <bpf/btf.h>

#include <string>
#include <vector>

using namespace llvm;
using namespace verifiable;

namespace {

class Writer {
public:
  explicit Writer(struct btf *B) : B(B) {}
  /// The id of \p T (seen behind a pointer or not); -1 on failure.
  int add(const DIType *T, bool BehindPtr);

private:
  int addBasic(const DIBasicType *T);
  int addDerived(const DIDerivedType *T, bool BehindPtr);
  int addComposite(const DICompositeType *C, bool BehindPtr);
  int addRecord(const DICompositeType *C, bool BehindPtr);
  int addArray(const DICompositeType *C, bool BehindPtr);
  int addEnum(const DICompositeType *C);
  int addProto(const DISubroutineType *S, bool BehindPtr);
  static const char *name(StringRef N, std::string &Storage) {
    Storage = N.str();
    return Storage.empty() ? nullptr : Storage.c_str();
  }

  struct btf *B;
  /// Types written so far, by type and whether seen behind a pointer.
  DenseMap<std::pair<const DIType *, unsigned>, int> Ids;
  int IndexType = 0;
};

int Writer::add(const DIType *T, bool BehindPtr) {
  if (!T)
    return 0;
  auto It = Ids.find({T, unsigned(BehindPtr)});
  if (It != Ids.end())
    return It->second;
  int Id = -1;
  if (const auto *Basic = dyn_cast<DIBasicType>(T))
    Id = addBasic(Basic);
  else if (const auto *D = dyn_cast<DIDerivedType>(T))
    Id = addDerived(D, BehindPtr);
  else if (const auto *C = dyn_cast<DICompositeType>(T))
    Id = addComposite(C, BehindPtr);
  else if (const auto *S = dyn_cast<DISubroutineType>(T))
    Id = addProto(S, BehindPtr);
  if (Id >= 0)
    Ids[{T, unsigned(BehindPtr)}] = Id;
  return Id;
}

int Writer::addBasic(const DIBasicType *T) {
  std::string N;
  size_t Size = T->getSizeInBits() / 8;
  if (T->getEncoding() == dwarf::DW_ATE_float)
    return btf__add_float(B, name(T->getName(), N), Size);
  int Enc = 0;
  if (T->getEncoding() == dwarf::DW_ATE_signed ||
      T->getEncoding() == dwarf::DW_ATE_signed_char)
    Enc = BTF_INT_SIGNED;
  else if (T->getEncoding() == dwarf::DW_ATE_boolean)
    Enc = BTF_INT_BOOL;
  return btf__add_int(B, name(T->getName(), N), Size, Enc);
}

int Writer::addDerived(const DIDerivedType *T, bool BehindPtr) {
  switch (T->getTag()) {
  case dwarf::DW_TAG_pointer_type: {
    int Pointee = add(T->getBaseType(), /*BehindPtr=*/true);
    return Pointee < 0 ? -1 : btf__add_ptr(B, Pointee);
  }
  case dwarf::DW_TAG_typedef: {
    int Base = add(T->getBaseType(), BehindPtr);
    std::string N;
    return Base < 0 ? -1 : btf__add_typedef(B, name(T->getName(), N), Base);
  }
  case dwarf::DW_TAG_const_type:
  case dwarf::DW_TAG_volatile_type:
  case dwarf::DW_TAG_restrict_type: {
    int Base = add(T->getBaseType(), BehindPtr);
    if (Base < 0)
      return -1;
    if (T->getTag() == dwarf::DW_TAG_const_type)
      return btf__add_const(B, Base);
    if (T->getTag() == dwarf::DW_TAG_volatile_type)
      return btf__add_volatile(B, Base);
    return btf__add_restrict(B, Base);
  }
  case dwarf::DW_TAG_atomic_type:
    // BTF has no _Atomic: BTFDebug writes the base type.
    return add(T->getBaseType(), BehindPtr);
  default:
    return -1;
  }
}

int Writer::addComposite(const DICompositeType *C, bool BehindPtr) {
  switch (C->getTag()) {
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_union_type:
    return addRecord(C, BehindPtr);
  case dwarf::DW_TAG_array_type:
    return addArray(C, BehindPtr);
  case dwarf::DW_TAG_enumeration_type:
    return addEnum(C);
  default:
    return -1;
  }
}

int Writer::addRecord(const DICompositeType *C, bool BehindPtr) {
  bool IsUnion = C->getTag() == dwarf::DW_TAG_union_type;
  std::string N;
  const char *Name = name(C->getName(), N);
  uint32_t Size = C->getSizeInBits() / 8;
  if (C->isForwardDecl() && Name)
    return btf__add_fwd(B, Name, IsUnion ? BTF_FWD_UNION : BTF_FWD_STRUCT);
  if (BehindPtr || C->isForwardDecl())
    return IsUnion ? btf__add_union(B, Name, Size)
                   : btf__add_struct(B, Name, Size);
  struct Member {
    std::string Name;
    int Type;
    uint32_t BitOff, BitSize;
  };
  std::vector<Member> Members;
  for (const DINode *E : C->getElements()) {
    const auto *M = dyn_cast_or_null<DIDerivedType>(E);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
      continue;
    int Type = add(M->getBaseType(), BehindPtr);
    if (Type < 0)
      return -1;
    Members.push_back(
        {M->getName().str(), Type, static_cast<uint32_t>(M->getOffsetInBits()),
         M->isBitField() ? static_cast<uint32_t>(M->getSizeInBits()) : 0u});
  }
  int Id =
      IsUnion ? btf__add_union(B, Name, Size) : btf__add_struct(B, Name, Size);
  if (Id < 0)
    return -1;
  for (const Member &M : Members)
    if (btf__add_field(B, M.Name.empty() ? nullptr : M.Name.c_str(), M.Type,
                       M.BitOff, M.BitSize) < 0)
      return -1;
  return Id;
}

int Writer::addArray(const DICompositeType *C, bool BehindPtr) {
  int Elem = add(C->getBaseType(), BehindPtr);
  if (Elem < 0)
    return -1;
  std::vector<uint32_t> Counts = arrayDimensions(C);
  if (!IndexType)
    IndexType = btf__add_int(B, "__ARRAY_SIZE_TYPE__", 4, 0);
  // The outer dimension is the outermost array.
  for (auto It = Counts.rbegin(); It != Counts.rend() && Elem >= 0; ++It)
    Elem = btf__add_array(B, IndexType, Elem, *It);
  return Elem;
}

int Writer::addEnum(const DICompositeType *C) {
  std::string N;
  const char *Name = name(C->getName(), N);
  uint32_t Size = C->getSizeInBits() / 8;
  bool Signed = false;
  if (const auto *Base = dyn_cast_or_null<DIBasicType>(C->getBaseType()))
    Signed = Base->getEncoding() == dwarf::DW_ATE_signed ||
             Base->getEncoding() == dwarf::DW_ATE_signed_char;
  bool Wide = Size > 4;
  int Id = Wide ? btf__add_enum64(B, Name, Size, Signed)
                : btf__add_enum(B, Name, Size);
  if (Id < 0)
    return -1;
  for (const DINode *E : C->getElements()) {
    const auto *En = dyn_cast_or_null<DIEnumerator>(E);
    if (!En)
      continue;
    std::string EN = En->getName().str();
    int64_t V = En->getValue().getSExtValue();
    int R = Wide ? btf__add_enum64_value(B, EN.c_str(), V)
                 : btf__add_enum_value(B, EN.c_str(), V);
    if (R < 0)
      return -1;
  }
  return Id;
}

int Writer::addProto(const DISubroutineType *S, bool BehindPtr) {
  DITypeRefArray Types = S->getTypeArray();
  int Ret = Types.size() ? add(Types[0], BehindPtr) : 0;
  if (Ret < 0)
    return -1;
  std::vector<int> Params;
  for (unsigned I = 1; I < Types.size(); ++I) {
    // A trailing null is `...`, written as a parameter of type void.
    int P = add(Types[I], BehindPtr);
    if (P < 0)
      return -1;
    Params.push_back(P);
  }
  int Id = btf__add_func_proto(B, Ret);
  if (Id < 0)
    return -1;
  for (int P : Params)
    if (btf__add_func_param(B, nullptr, P) < 0)
      return -1;
  return Id;
}

} // namespace

std::shared_ptr<struct btf> verifiable::writeCoreLocalType(const DIType *Root,
                                                           uint32_t &RootId) {
  std::shared_ptr<struct btf> B(btf__new_empty(), btf__free);
  if (!B)
    return nullptr;
  int Id = Writer(B.get()).add(Root, /*BehindPtr=*/false);
  if (Id <= 0)
    return nullptr;
  RootId = static_cast<uint32_t>(Id);
  return B;
}
