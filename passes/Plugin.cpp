//===- Plugin.cpp - Registration of verifiable.so -------------------------===//
//
// The plugin's entry points and nothing else: the IR passes join clang's
// -O1/-O2/-O3/-Os pipelines and opt's -passes= through the PassBuilder
// callbacks; the machine pass joins the BPF codegen pipeline through a
// RegisterTargetPassConfigCallback, after LiveDebugValues, which runs after
// every BPF pre-emit pass. Other targets are left alone.
//
//===----------------------------------------------------------------------===//
#include "Options.h"
#include "VerifiableMachinePass.h"

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
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (Name == "verifiable-signature-audit") {
          MPM.addPass(SignatureAuditPass());
          return true;
        }
        return false;
      });
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
        MPM.addPass(SignatureAuditPass());
      });
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "verifiable", "0.1", registerPasses};
}
