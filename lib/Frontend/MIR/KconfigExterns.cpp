//===- KconfigExterns.cpp - __kconfig externs as the .kconfig map ---------===//
//
// Classifies each extern's C type as libbpf does from BTF (any 1-byte
// integer is a char, enum libbpf_tristate a tristate, char[N] a string),
// sorts the externs as libbpf does (larger alignment first, then smaller
// size, then name) and asks the Model for each value.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/KconfigExterns.h"

#include "DebugTypes.h"

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

#include <algorithm>

using namespace llvm;
using namespace verifiable;

namespace {

struct Layout {
  model::KconfigExtern Ext;
  unsigned Align = 1;
  bool HasDebugInfo = false;
};

model::KconfigType classifyBasic(const DIBasicType *B, bool &Signed) {
  unsigned Size = B->getSizeInBits() / 8;
  unsigned Enc = B->getEncoding();
  if (Enc == dwarf::DW_ATE_boolean)
    return Size == 1 ? model::KconfigType::Bool
                     : model::KconfigType::Unsupported;
  Signed = Enc == dwarf::DW_ATE_signed || Enc == dwarf::DW_ATE_signed_char;
  if (Size == 1)
    return model::KconfigType::Char;
  if (Size == 2 || Size == 4 || Size == 8)
    return model::KconfigType::Int;
  return model::KconfigType::Unsupported;
}

model::KconfigType classify(const DIType *T, bool &Signed) {
  T = stripQualifiers(T);
  if (const auto *B = dyn_cast_or_null<DIBasicType>(T))
    return classifyBasic(B, Signed);
  const auto *C = dyn_cast_or_null<DICompositeType>(T);
  if (!C)
    return model::KconfigType::Unsupported;
  if (C->getTag() == dwarf::DW_TAG_enumeration_type)
    return C->getName() == "libbpf_tristate" ? model::KconfigType::Tristate
                                             : model::KconfigType::Unsupported;
  if (C->getTag() == dwarf::DW_TAG_array_type && C->getSizeInBits() > 0) {
    bool ElemSigned = false;
    if (classify(C->getBaseType(), ElemSigned) == model::KconfigType::Char)
      return model::KconfigType::CharArray;
  }
  return model::KconfigType::Unsupported;
}

Layout layoutOf(const GlobalVariable &GV, const DataLayout &DL) {
  Layout L;
  L.Ext.Name = GV.getName().str();
  L.Ext.Weak = GV.hasExternalWeakLinkage();
  L.Ext.Size = static_cast<unsigned>(DL.getTypeAllocSize(GV.getValueType()));
  L.Align =
      static_cast<unsigned>(DL.getABITypeAlign(GV.getValueType()).value());
  SmallVector<DIGlobalVariableExpression *, 1> DIs;
  GV.getDebugInfo(DIs);
  L.HasDebugInfo = !DIs.empty();
  if (L.HasDebugInfo)
    L.Ext.Type = classify(DIs.front()->getVariable()->getType(), L.Ext.Signed);
  return L;
}

} // namespace

void verifiable::describeKconfigExterns(const Module &M,
                                        model::KconfigInputs &In,
                                        bpf::Program &P) {
  std::vector<Layout> Externs;
  for (const GlobalVariable &GV : M.globals())
    if (GV.isDeclaration() && GV.hasSection() &&
        GV.getSection() == KconfigSection)
      Externs.push_back(layoutOf(GV, M.getDataLayout()));
  std::sort(Externs.begin(), Externs.end(),
            [](const Layout &A, const Layout &B) {
              if (A.Align != B.Align)
                return A.Align > B.Align;
              if (A.Ext.Size != B.Ext.Size)
                return A.Ext.Size < B.Ext.Size;
              return A.Ext.Name < B.Ext.Name;
            });
  uint64_t Off = 0;
  for (const Layout &L : Externs) {
    bpf::GlobalVar Var;
    Var.Name = L.Ext.Name;
    Var.Section = KconfigSection;
    Off = (Off + L.Align - 1) / L.Align * L.Align;
    Var.Offset = Off;
    Var.Size = L.Ext.Size;
    Off += L.Ext.Size;
    Var.ReadOnly = true;
    if (!L.HasDebugInfo) {
      // libbpf reads the extern's type from BTF, which needs -g.
      Var.UnknownWhy = "the extern has no debug info to type it (-g)";
      P.Globals.push_back(std::move(Var));
      continue;
    }
    model::KconfigValue V = model::resolveKconfigExtern(L.Ext, In);
    if (V.K == model::KconfigValue::Known)
      Var.Bytes = std::move(V.Bytes);
    else if (V.K == model::KconfigValue::Unknown)
      Var.UnknownWhy = std::move(V.Why);
    else
      P.LoadErrors.push_back(std::move(V.Why));
    P.Globals.push_back(std::move(Var));
  }
}
