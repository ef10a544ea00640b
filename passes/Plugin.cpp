//===- Plugin.cpp - Registration of verifiable.so -------------------------===//
//
// The plugin's entry points and nothing else: the IR passes join clang's
// -O1/-O2/-O3/-Os pipelines and opt's -passes= through the PassBuilder
// callbacks; the machine pass joins the BPF codegen pipeline through a
// RegisterTargetPassConfigCallback, after LiveDebugValues, which runs after
// every BPF pre-emit pass. Other targets are left alone.
//
// The -Overifiable transforms (on unless -verifiable-transforms=false):
// callbacks are tagged and checked at the start of the pipeline, while they
// are still as written; the passes that change static signatures are kept
// from running through pass instrumentation; return values are remembered
// just before IPSCCP and put back at the end, where callbacks that inlining
// revealed are tagged, arg:ctx and arg:nonnull are inferred on the final
// calls, and the signature audit checks that everything held.
//
//===----------------------------------------------------------------------===//
#include "Options.h"
#include "VerifiableMachinePass.h"

#include "verifiable/Transforms/AnnotateArgCtx.h"
#include "verifiable/Transforms/AnnotateArgNonnull.h"
#include "verifiable/Transforms/AnnotateCallbacks.h"
#include "verifiable/Transforms/PreserveSignatures.h"
#include "verifiable/Transforms/SignatureAudit.h"

#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/Target/RegisterTargetPassConfigCallback.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;
using namespace verifiable;

static RegisterTargetPassConfigCallback InsertMachinePass(
    [](TargetMachine &TM, PassManagerBase &, TargetPassConfig *Config) {
      if (!Config || !TM.getTargetTriple().isBPF())
        return;
      Config->insertPass(&LiveDebugValuesID, createVerifiableMachinePass(TM));
    });

static void registerPasses(PassBuilder &PB) {
  auto Memo = std::make_shared<ReturnMemo>();
  PB.registerPipelineParsingCallback(
      [Memo](StringRef Name, ModulePassManager &MPM,
             ArrayRef<PassBuilder::PipelineElement>) {
        if (Name == "verifiable-signature-audit") {
          MPM.addPass(SignatureAuditPass());
          return true;
        }
        if (Name == "verifiable-signature-audit<strict>") {
          MPM.addPass(SignatureAuditPass(/*Strict=*/true));
          return true;
        }
        if (Name == "verifiable-remember-returns") {
          MPM.addPass(RememberReturnsPass(Memo));
          return true;
        }
        if (Name == "verifiable-restore-returns") {
          MPM.addPass(RestoreReturnsPass(Memo));
          return true;
        }
        if (Name == "verifiable-annotate-arg-ctx") {
          MPM.addPass(AnnotateArgCtxPass());
          return true;
        }
        if (Name == "verifiable-annotate-arg-nonnull") {
          MPM.addPass(AnnotateArgNonnullPass());
          return true;
        }
        if (Name == "verifiable-annotate-callbacks") {
          MPM.addPass(AnnotateCallbacksPass());
          return true;
        }
        if (Name == "verifiable-annotate-callbacks<tag-only>") {
          MPM.addPass(AnnotateCallbacksPass(/*CheckTypes=*/false));
          return true;
        }
        return false;
      });
  if (PassInstrumentationCallbacks *PIC = PB.getPassInstrumentationCallbacks())
    installSignatureGuard(*PIC, [] { return options::transformsEnabled(); });
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        if (options::transformsEnabled())
          MPM.addPass(AnnotateCallbacksPass());
      });
  PB.registerPipelineEarlySimplificationEPCallback(
      [Memo](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
        if (options::transformsEnabled())
          MPM.addPass(RememberReturnsPass(Memo));
      });
  PB.registerOptimizerLastEPCallback(
      [Memo](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
        bool Transforms = options::transformsEnabled();
        if (Transforms) {
          MPM.addPass(RestoreReturnsPass(Memo));
          MPM.addPass(AnnotateCallbacksPass(/*CheckTypes=*/false));
          MPM.addPass(AnnotateArgCtxPass());
          MPM.addPass(AnnotateArgNonnullPass());
        }
        MPM.addPass(SignatureAuditPass(/*Strict=*/Transforms));
      });
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "verifiable", "0.1", registerPasses};
}
