//===- DITypes.cpp - C types from debug info, for the transforms ----------===//
//
// Pointers are traced through casts and, in unoptimized IR, through a local
// variable's single store; the C type then comes from the #dbg_declare of
// an alloca, a DIGlobalVariable, or a parameter's place in the prototype.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/DITypes.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;
using namespace verifiable;

static bool isQualifier(unsigned Tag) {
  return Tag == dwarf::DW_TAG_typedef || Tag == dwarf::DW_TAG_const_type ||
         Tag == dwarf::DW_TAG_volatile_type ||
         Tag == dwarf::DW_TAG_restrict_type ||
         Tag == dwarf::DW_TAG_atomic_type ||
         Tag == dwarf::DW_TAG_LLVM_annotation;
}

const DIType *verifiable::stripTypedefs(const DIType *T) {
  while (const auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    if (!isQualifier(D->getTag()))
      break;
    T = D->getBaseType();
  }
  return T;
}

bool verifiable::isPointerType(const DIType *T) {
  const auto *D = dyn_cast_or_null<DIDerivedType>(stripTypedefs(T));
  return D && D->getTag() == dwarf::DW_TAG_pointer_type;
}

const DIType *verifiable::pointeeOf(const DIType *T) {
  if (!isPointerType(T))
    return nullptr;
  return cast<DIDerivedType>(stripTypedefs(T))->getBaseType();
}

std::optional<uint64_t> verifiable::byteSize(const DIType *T) {
  T = stripTypedefs(T);
  if (!T)
    return std::nullopt;
  if (const auto *C = dyn_cast<DICompositeType>(T))
    if (C->isForwardDecl())
      return std::nullopt;
  uint64_t Bits = T->getSizeInBits();
  if (!Bits)
    return std::nullopt;
  return Bits / 8;
}

std::string verifiable::spell(const DIType *T) {
  if (!T)
    return "void";
  if (const auto *D = dyn_cast<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_pointer_type: {
      std::string Base = spell(D->getBaseType());
      return Base + (Base.back() == '*' ? "*" : " *");
    }
    case dwarf::DW_TAG_const_type:
      return "const " + spell(D->getBaseType());
    case dwarf::DW_TAG_volatile_type:
      return "volatile " + spell(D->getBaseType());
    case dwarf::DW_TAG_typedef:
      return D->getName().str();
    default:
      return spell(D->getBaseType());
    }
  }
  if (const auto *C = dyn_cast<DICompositeType>(T)) {
    const char *Kind = C->getTag() == dwarf::DW_TAG_union_type ? "union "
                       : C->getTag() == dwarf::DW_TAG_enumeration_type ? "enum "
                       : C->getTag() == dwarf::DW_TAG_structure_type ? "struct "
                                                                     : "";
    if (C->getName().empty())
      return std::string(Kind) + "(anonymous)";
    return Kind + C->getName().str();
  }
  return T->getName().str();
}

bool verifiable::sameType(const DIType *A, const DIType *B) {
  A = stripTypedefs(A);
  B = stripTypedefs(B);
  if (A == B)
    return true;
  if (!A || !B || A->getTag() != B->getTag())
    return false;
  if (isa<DIDerivedType>(A) && A->getTag() == dwarf::DW_TAG_pointer_type)
    return sameType(cast<DIDerivedType>(A)->getBaseType(),
                    cast<DIDerivedType>(B)->getBaseType());
  return !A->getName().empty() && A->getName() == B->getName() &&
         A->getSizeInBits() == B->getSizeInBits();
}

const DIType *verifiable::paramType(const DISubprogram *SP, unsigned ArgNo) {
  if (!SP || !SP->getType())
    return nullptr;
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (ArgNo + 1 >= Types.size())
    return nullptr;
  return Types[ArgNo + 1];
}

/// The variable that lives in alloca \p AI: its #dbg_declare, or with
/// assignment tracking (clang's default at -O1 and above) the #dbg_assign
/// linked to the alloca; nullptr if none.
static const DILocalVariable *declaredVariable(const AllocaInst *AI) {
  for (DbgVariableRecord *DVR : findDVRDeclares(const_cast<AllocaInst *>(AI)))
    if (DVR->getExpression()->getNumElements() == 0)
      return DVR->getVariable();
  for (DbgVariableRecord *DVR : at::getDVRAssignmentMarkers(AI))
    if (!DVR->getExpression()->getFragmentInfo())
      return DVR->getVariable();
  return nullptr;
}

/// The one value stored to \p AI, or nullptr.
static const Value *singleStoredValue(const AllocaInst *AI) {
  const Value *Stored = nullptr;
  for (const User *U : AI->users()) {
    if (const auto *SI = dyn_cast<StoreInst>(U)) {
      if (SI->getPointerOperand() != AI || Stored)
        return nullptr;
      Stored = SI->getValueOperand();
    }
  }
  return Stored;
}

const DIType *verifiable::pointeeTypeOf(const Value *V, bool &Known) {
  Known = false;
  for (unsigned Depth = 0; V && Depth < 8; ++Depth) {
    V = V->stripPointerCasts();
    if (const auto *AI = dyn_cast<AllocaInst>(V)) {
      if (const DILocalVariable *Var = declaredVariable(AI)) {
        Known = true;
        return Var->getType();
      }
      return nullptr;
    }
    if (const auto *GV = dyn_cast<GlobalVariable>(V)) {
      SmallVector<DIGlobalVariableExpression *, 1> GVEs;
      GV->getDebugInfo(GVEs);
      if (GVEs.size() != 1)
        return nullptr;
      Known = true;
      return GVEs[0]->getVariable()->getType();
    }
    if (const auto *A = dyn_cast<Argument>(V)) {
      const DIType *T =
          paramType(A->getParent()->getSubprogram(), A->getArgNo());
      if (!isPointerType(T))
        return nullptr;
      Known = true;
      return pointeeOf(T);
    }
    if (const auto *LI = dyn_cast<LoadInst>(V)) {
      // A pointer variable read back from its stack slot (unoptimized IR).
      const auto *Slot =
          dyn_cast<AllocaInst>(LI->getPointerOperand()->stripPointerCasts());
      if (!Slot)
        return nullptr;
      if (const DILocalVariable *Var = declaredVariable(Slot)) {
        if (!isPointerType(Var->getType()))
          return nullptr;
        Known = true;
        return pointeeOf(Var->getType());
      }
      V = singleStoredValue(Slot);
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// The member \p Name of struct \p S, or nullptr.
static const DIDerivedType *member(const DICompositeType *S, StringRef Name) {
  for (const DINode *N : S->getElements())
    if (const auto *M = dyn_cast_or_null<DIDerivedType>(N))
      if (M->getTag() == dwarf::DW_TAG_member && M->getName() == Name)
        return M;
  return nullptr;
}

/// A size given as __type(name, T) (a T * member) or __uint(name_size, N)
/// (an int (*)[N] member).
static std::optional<uint64_t>
memberSize(const DICompositeType *S, StringRef TypeName, StringRef SizeName) {
  if (const DIDerivedType *M = member(S, TypeName))
    return byteSize(pointeeOf(M->getBaseType()));
  if (const DIDerivedType *M = member(S, SizeName)) {
    const auto *Array = dyn_cast_or_null<DICompositeType>(
        stripTypedefs(pointeeOf(M->getBaseType())));
    if (!Array || Array->getTag() != dwarf::DW_TAG_array_type ||
        Array->getElements().size() != 1)
      return std::nullopt;
    const auto *Range = dyn_cast<DISubrange>(Array->getElements()[0]);
    if (!Range)
      return std::nullopt;
    if (auto *Count = dyn_cast_if_present<ConstantInt *>(Range->getCount()))
      return Count->getZExtValue();
  }
  return std::nullopt;
}

MapShape verifiable::mapShape(const GlobalVariable &Map) {
  MapShape Shape;
  SmallVector<DIGlobalVariableExpression *, 1> GVEs;
  Map.getDebugInfo(GVEs);
  if (GVEs.size() != 1)
    return Shape;
  const auto *S = dyn_cast_or_null<DICompositeType>(
      stripTypedefs(GVEs[0]->getVariable()->getType()));
  if (!S || S->getTag() != dwarf::DW_TAG_structure_type)
    return Shape;
  Shape.KeySize = memberSize(S, "key", "key_size");
  Shape.ValueSize = memberSize(S, "value", "value_size");
  return Shape;
}
