//===- HelperCalls.cpp - Recognize BPF helper and kfunc calls -------------===//
//
// Recognition only; what a helper does is the Model's business.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/HelperCalls.h"

#include "verifiable/Model/Helpers.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"

using namespace llvm;
using namespace verifiable;

/// The helper id in \p C when it is `inttoptr (i64 Id to ptr)`.
static std::optional<unsigned> helperIdIn(const Value *C) {
  const auto *Cast = dyn_cast<ConstantExpr>(C);
  if (!Cast || Cast->getOpcode() != Instruction::IntToPtr)
    return std::nullopt;
  const auto *Id = dyn_cast<ConstantInt>(Cast->getOperand(0));
  if (!Id || Id->getZExtValue() >= model::BPF_FUNC_MaxId)
    return std::nullopt;
  return Id->getZExtValue();
}

std::optional<unsigned> verifiable::helperIdOf(const CallBase &CB) {
  const Value *Callee = CB.getCalledOperand();
  if (auto Id = helperIdIn(Callee))
    return Id;
  // Before optimization, bpf_helper_defs.h's `static long (*bpf_loop)(...) =
  // (void *) 181;` is a global read at each call; it is never written.
  const auto *LI = dyn_cast<LoadInst>(Callee);
  if (!LI)
    return std::nullopt;
  const auto *GV = dyn_cast<GlobalVariable>(LI->getPointerOperand());
  if (!GV || !GV->hasInitializer() || !GV->hasLocalLinkage() ||
      any_of(GV->users(), [](const User *U) { return !isa<LoadInst>(U); }))
    return std::nullopt;
  return helperIdIn(GV->getInitializer());
}

const GlobalVariable *verifiable::mapOfValuePointer(const Value *V) {
  for (unsigned Depth = 0; V && Depth < 8; ++Depth) {
    V = V->stripInBoundsOffsets();
    if (const auto *CB = dyn_cast<CallBase>(V)) {
      auto Id = helperIdOf(*CB);
      if (!Id || *Id != model::BPF_FUNC_map_lookup_elem || CB->arg_size() < 1)
        return nullptr;
      return dyn_cast<GlobalVariable>(
          CB->getArgOperand(0)->stripPointerCasts());
    }
    // Unoptimized IR keeps the pointer in a stack slot stored once.
    const auto *LI = dyn_cast<LoadInst>(V);
    if (!LI)
      return nullptr;
    const auto *Slot =
        dyn_cast<AllocaInst>(LI->getPointerOperand()->stripPointerCasts());
    if (!Slot)
      return nullptr;
    const Value *Stored = nullptr;
    for (const User *U : Slot->users())
      if (const auto *SI = dyn_cast<StoreInst>(U)) {
        if (SI->getPointerOperand() != Slot || Stored)
          return nullptr;
        Stored = SI->getValueOperand();
      }
    V = Stored;
  }
  return nullptr;
}
