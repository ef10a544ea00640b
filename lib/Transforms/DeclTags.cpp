//===- DeclTags.cpp - btf_decl_tag annotations in debug info --------------===//
//
// Parameters: a parameter's DILocalVariable always has an annotations
// operand, so a tag is added in place. Functions: clang creates
// DISubprograms without the trailing annotations operand when there are
// none, and a distinct node cannot grow; the subprogram is therefore
// replaced by an equal copy with annotations, and a ValueMapper rewrites the
// scopes that named the old one (locations, variables, lexical blocks,
// inlined copies, function-local static variables).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/DeclTags.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

using namespace llvm;
using namespace verifiable;

static constexpr StringLiteral DeclTagKey = "btf_decl_tag";

bool verifiable::hasDeclTag(DINodeArray Annotations, StringRef Tag) {
  if (!Annotations)
    return false;
  for (const Metadata *A : Annotations->operands()) {
    const auto *Pair = dyn_cast_or_null<MDNode>(A);
    if (!Pair || Pair->getNumOperands() != 2)
      continue;
    const auto *Key = dyn_cast_or_null<MDString>(Pair->getOperand(0));
    const auto *Val = dyn_cast_or_null<MDString>(Pair->getOperand(1));
    if (Key && Val && Key->getString() == DeclTagKey && Val->getString() == Tag)
      return true;
  }
  return false;
}

/// \p Annotations with the pair (btf_decl_tag, \p Tag) appended.
static MDTuple *withTag(LLVMContext &Ctx, DINodeArray Annotations,
                        StringRef Tag) {
  SmallVector<Metadata *, 4> Ops;
  if (Annotations)
    Ops.append(Annotations->op_begin(), Annotations->op_end());
  Ops.push_back(MDNode::get(
      Ctx, {MDString::get(Ctx, DeclTagKey), MDString::get(Ctx, Tag)}));
  return MDTuple::get(Ctx, Ops);
}

DILocalVariable *verifiable::findParamVariable(const Function &F,
                                               unsigned ArgNo) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return nullptr;
  for (DINode *N : SP->getRetainedNodes())
    if (auto *V = dyn_cast<DILocalVariable>(N))
      if (V->getArg() == ArgNo + 1 && V->getScope() == SP)
        return V;
  return nullptr;
}

bool verifiable::paramHasDeclTag(const Function &F, unsigned ArgNo,
                                 StringRef Tag) {
  const DILocalVariable *V = findParamVariable(F, ArgNo);
  return V && hasDeclTag(V->getAnnotations(), Tag);
}

/// The C type of parameter \p ArgNo from the subprogram's type, or nullptr.
static DIType *paramType(const DISubprogram *SP, unsigned ArgNo) {
  if (!SP->getType())
    return nullptr;
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (ArgNo + 1 >= Types.size())
    return nullptr;
  return Types[ArgNo + 1];
}

bool verifiable::addParamDeclTag(Function &F, unsigned ArgNo, StringRef Tag) {
  DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return false;
  LLVMContext &Ctx = F.getContext();
  if (DILocalVariable *V = findParamVariable(F, ArgNo)) {
    if (!hasDeclTag(V->getAnnotations(), Tag))
      V->replaceOperandWith(4, withTag(Ctx, V->getAnnotations(), Tag));
    return true;
  }
  // No variable describes the parameter: describe it, as clang would have.
  std::string Name = F.getArg(ArgNo)->getName().str();
  if (Name.empty())
    Name = "arg" + std::to_string(ArgNo);
  auto *V =
      DILocalVariable::get(Ctx, SP, Name, SP->getFile(), SP->getLine(),
                           paramType(SP, ArgNo), ArgNo + 1, DINode::FlagZero,
                           /*AlignInBits=*/0, withTag(Ctx, nullptr, Tag));
  SmallVector<Metadata *, 8> Nodes(SP->getRetainedNodes().begin(),
                                   SP->getRetainedNodes().end());
  Nodes.push_back(V);
  SP->replaceRetainedNodes(MDTuple::get(Ctx, Nodes));
  return true;
}

/// Replaces \p Old, the subprogram of \p F, by \p New in the whole module.
static void replaceSubprogram(Module &M, DISubprogram *Old, DISubprogram *New) {
  ValueToValueMapTy VM;
  VM.MD()[Old].reset(New);
  ValueMapper Mapper(VM, RF_IgnoreMissingLocals | RF_ReuseAndMutateDistinctMDs |
                             RF_DoNotRemapAtoms);
  if (auto *Retained = cast_or_null<MDTuple>(Old->getRawRetainedNodes()))
    New->replaceRetainedNodes(cast<MDTuple>(Mapper.mapMDNode(*Retained)));
  for (Function &G : M)
    if (!G.isDeclaration())
      Mapper.remapFunction(G);
  for (GlobalVariable &GV : M.globals())
    if (GV.hasMetadata())
      Mapper.remapGlobalObjectMetadata(GV);
}

bool verifiable::addFunctionDeclTag(Function &F, StringRef Tag) {
  DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return false;
  if (hasDeclTag(SP->getAnnotations(), Tag))
    return true;
  LLVMContext &Ctx = F.getContext();
  MDTuple *Annotations = withTag(Ctx, SP->getAnnotations(), Tag);
  // Operand 11 holds the annotations when the node was created with them.
  if (SP->getNumOperands() > 11) {
    SP->replaceOperandWith(11, Annotations);
    return true;
  }
  DISubprogram *New = DISubprogram::getDistinct(
      Ctx, SP->getRawScope(), SP->getRawName(), SP->getRawLinkageName(),
      SP->getRawFile(), SP->getLine(), SP->getRawType(), SP->getScopeLine(),
      SP->getRawContainingType(), SP->getVirtualIndex(),
      SP->getThisAdjustment(), SP->getFlags(), SP->getSPFlags(),
      SP->getRawUnit(), SP->getRawTemplateParams(), SP->getRawDeclaration(),
      SP->getRawRetainedNodes(), SP->getRawThrownTypes(), Annotations,
      SP->getRawTargetFuncName(), SP->getKeyInstructionsEnabled());
  replaceSubprogram(*F.getParent(), SP, New);
  // remapFunction already moved F's !dbg attachment; make sure of it.
  F.setSubprogram(New);
  return true;
}
