//===- StructOpsMaps.cpp - Programs stored in .struct_ops variables -------===//
//
// libbpf turns each variable of a `.struct_ops` or `.struct_ops.link`
// section into a struct_ops map and, for each member holding a function's
// address, loads that function with the struct as its attach target and the
// member as its expected attach type. BTF is made from debug info, so the
// member names come from the variable's DICompositeType; which function a
// member holds comes from the IR initializer at the member's offset.
//
//===----------------------------------------------------------------------===//
#include "StructOpsMaps.h"
#include "DebugTypes.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"

using namespace llvm;
using namespace verifiable;

bool verifiable::isStructOpsSection(StringRef Section) {
  return Section == ".struct_ops" || Section == ".struct_ops.link";
}

/// The constant that starts at byte \p Off of \p C, descending into
/// structs and arrays; null if none starts exactly there.
static const Constant *constantAt(const Constant *C, uint64_t Off,
                                  const DataLayout &DL) {
  while (C) {
    Type *T = C->getType();
    if (Off == 0 && !T->isAggregateType())
      return C;
    if (auto *ST = dyn_cast<StructType>(T)) {
      const StructLayout *L = DL.getStructLayout(ST);
      if (Off >= L->getSizeInBytes())
        return nullptr;
      unsigned I = L->getElementContainingOffset(Off);
      Off -= L->getElementOffset(I);
      C = C->getAggregateElement(I);
      continue;
    }
    if (auto *AT = dyn_cast<ArrayType>(T)) {
      uint64_t Elt = DL.getTypeAllocSize(AT->getElementType());
      if (!Elt || Off / Elt >= AT->getNumElements())
        return nullptr;
      C = C->getAggregateElement(static_cast<unsigned>(Off / Elt));
      Off %= Elt;
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

void verifiable::readStructOpsVariable(const GlobalVariable &GV,
                                       const DataLayout &DL, bpf::Program &P) {
  if (!GV.hasInitializer())
    return;
  SmallVector<DIGlobalVariableExpression *, 1> DIs;
  GV.getDebugInfo(DIs);
  if (DIs.empty())
    return;
  const auto *CT = dyn_cast_or_null<DICompositeType>(
      stripQualifiers(DIs.front()->getVariable()->getType()));
  if (!CT || CT->getTag() != dwarf::DW_TAG_structure_type)
    return;
  for (const Metadata *Op : CT->getElements()) {
    const auto *M = dyn_cast_or_null<DIDerivedType>(Op);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->getOffsetInBits() % 8)
      continue;
    const Constant *C =
        constantAt(GV.getInitializer(), M->getOffsetInBits() / 8, DL);
    const auto *F = C ? dyn_cast<Function>(C->stripPointerCasts()) : nullptr;
    if (!F)
      continue;
    bpf::StructOpsSlot S;
    S.Map = GV.getName().str();
    S.Type = CT->getName().str();
    S.Member = M->getName().str();
    S.Function = F->getName().str();
    P.StructOps.push_back(std::move(S));
  }
}
