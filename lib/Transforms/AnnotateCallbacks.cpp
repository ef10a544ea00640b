//===- AnnotateCallbacks.cpp - Tag and check static callbacks -------------===//
//
// Runs at the start of the pipeline (PipelineStartEP), where every callback
// and the call that registers it are still as written: the callback is a
// function constant among the call's arguments, the map a global, and the
// context pointer a local variable whose #dbg_declare names its C type.
// Tags are collected first and added at the end, since adding a tag to a
// function may replace its DISubprogram. A second run at the end of the
// pipeline tags callbacks that only inlining connected to their helper.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/AnnotateCallbacks.h"
#include "verifiable/Transforms/DITypes.h"
#include "verifiable/Transforms/DeclTags.h"
#include "verifiable/Transforms/HelperCalls.h"
#include "verifiable/Transforms/SourceDiagnostics.h"

#include "verifiable/Model/CallbackSites.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace verifiable;
using model::CallbackSite;

namespace {

/// One registration of a callback: the call, what it calls, the map.
struct Registration {
  CallBase *Call;
  const CallbackSite *Site;
  Function *Callback;
  const GlobalVariable *Map;
};

const CallbackSite *siteOf(const CallBase &CB) {
  if (auto Id = helperIdOf(CB))
    return model::findCallbackHelper(*Id);
  if (const Function *Callee = CB.getCalledFunction())
    if (Callee->isDeclaration())
      return model::findCallbackKfunc(Callee->getName());
  return nullptr;
}

std::optional<Registration> registrationOf(CallBase &CB) {
  const CallbackSite *Site = siteOf(CB);
  if (!Site || CB.arg_size() <= unsigned(Site->CallbackArg))
    return std::nullopt;
  auto *Callback = dyn_cast<Function>(
      CB.getArgOperand(Site->CallbackArg)->stripPointerCasts());
  if (!Callback || Callback->isDeclaration())
    return std::nullopt;
  const GlobalVariable *Map = nullptr;
  if (Site->MapArg >= 0 && CB.arg_size() > unsigned(Site->MapArg))
    Map = dyn_cast<GlobalVariable>(
        CB.getArgOperand(Site->MapArg)->stripPointerCasts());
  if (Site->MapValueArg >= 0 && CB.arg_size() > unsigned(Site->MapValueArg))
    Map = mapOfValuePointer(CB.getArgOperand(Site->MapValueArg));
  return Registration{&CB, Site, Callback, Map};
}

/// Number of C parameters of \p SP (variadic marker excluded).
unsigned cParamCount(const DISubprogram *SP) {
  DITypeRefArray Types = SP->getType()->getTypeArray();
  unsigned N = Types.size() ? Types.size() - 1 : 0;
  if (N && !Types[N])
    --N;
  return N;
}

/// Is \p Callee's pointee \p Expected compatible with \p Passed? An array
/// passed by its first element matches a pointer to the element type.
bool compatiblePointee(const DIType *Expected, const DIType *Passed) {
  if (sameType(Expected, Passed))
    return true;
  const auto *Array = dyn_cast_or_null<DICompositeType>(stripTypedefs(Passed));
  return Array && Array->getTag() == dwarf::DW_TAG_array_type &&
         sameType(Expected, Array->getBaseType());
}

class CallbackChecker {
public:
  explicit CallbackChecker(const Registration &R)
      : R(R), SP(R.Callback->getSubprogram()) {}
  void run();

private:
  const Registration &R;
  const DISubprogram *SP;

  void warn(const Twine &Problem) const;
  void checkParamCount() const;
  void checkMapParam(int Param, const char *What,
                     std::optional<uint64_t> MapSize) const;
  void checkCtxParam() const;
};

} // namespace

void CallbackChecker::warn(const Twine &Problem) const {
  std::string Callee = R.Site->Name;
  reportAt(*R.Callback, definitionOf(*R.Callback), DS_Warning,
           "callback '" + R.Callback->getName() + "' of " + Callee + " " +
               Problem);
  std::string Where =
      "'" + R.Callback->getName().str() + "' is passed to " + Callee +
      (R.Map ? " for map '" + R.Map->getName().str() + "'" : std::string()) +
      " here";
  noteAt(*R.Call->getFunction(), DiagnosticLocation(R.Call->getDebugLoc()),
         Where);
}

void CallbackChecker::checkParamCount() const {
  unsigned Params = cParamCount(SP);
  if (Params <= R.Site->NumParams)
    return;
  warn("has " + Twine(Params) + " parameters, but the kernel sets only " +
       Twine(R.Site->NumParams) + " (R1-R" + Twine(R.Site->NumParams) +
       "); reading the others is rejected");
}

void CallbackChecker::checkMapParam(int Param, const char *What,
                                    std::optional<uint64_t> MapSize) const {
  if (Param < 0 || unsigned(Param) >= cParamCount(SP) || !MapSize)
    return;
  const DIType *T = paramType(SP, Param);
  if (!isPointerType(T))
    return;
  std::optional<uint64_t> Size = byteSize(pointeeOf(T));
  if (!Size || *Size == *MapSize)
    return;
  warn("takes its " + Twine(What) + " as '" + spell(T) + "' (" + Twine(*Size) +
       " bytes), but map '" + R.Map->getName() + "' has " + Twine(*MapSize) +
       "-byte " + What + "s");
}

void CallbackChecker::checkCtxParam() const {
  const CallbackSite &S = *R.Site;
  if (S.CtxArg < 0 || S.ParamCtx < 0 ||
      unsigned(S.ParamCtx) >= cParamCount(SP) ||
      R.Call->arg_size() <= unsigned(S.CtxArg))
    return;
  const DIType *T = paramType(SP, S.ParamCtx);
  const DIType *Expected = pointeeOf(T);
  if (!isPointerType(T) || !stripTypedefs(Expected))
    return; // void * takes anything
  const Value *Arg = R.Call->getArgOperand(S.CtxArg);
  if (isa<ConstantPointerNull>(Arg))
    return;
  bool Known = false;
  const DIType *Passed = pointeeTypeOf(Arg, Known);
  if (!Known || !stripTypedefs(Passed) || compatiblePointee(Expected, Passed))
    return;
  warn("takes its context as '" + spell(T) + "', but the call passes a " +
       "pointer to '" + spell(Passed) + "'");
}

void CallbackChecker::run() {
  if (!SP || !SP->getType())
    return;
  checkParamCount();
  if (R.Map) {
    MapShape Shape = mapShape(*R.Map);
    checkMapParam(R.Site->ParamKey, "key", Shape.KeySize);
    checkMapParam(R.Site->ParamValue, "value", Shape.ValueSize);
  }
  checkCtxParam();
}

PreservedAnalyses AnnotateCallbacksPass::run(Module &M,
                                             ModuleAnalysisManager &) {
  if (!M.getTargetTriple().isBPF())
    return PreservedAnalyses::all();
  MapVector<Function *, SmallVector<std::string, 2>> Tags;
  for (Function &F : M)
    for (Instruction &I : instructions(F)) {
      auto *CB = dyn_cast<CallBase>(&I);
      if (!CB)
        continue;
      std::optional<Registration> R = registrationOf(*CB);
      if (!R)
        continue;
      auto &Names = Tags[R->Callback];
      Names.push_back(std::string("verifiable:callback:") + R->Site->Name);
      if (R->Map)
        Names.push_back("verifiable:map:" + R->Map->getName().str());
      if (CheckTypes)
        CallbackChecker(*R).run();
    }
  bool Changed = false;
  for (auto &[F, Names] : Tags)
    for (const std::string &Tag : Names)
      Changed |= addFunctionDeclTag(*F, Tag);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}
