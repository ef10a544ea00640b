//===- VerifiableMachinePass.h - Codegen glue of the plugin -----*- C++ -*-===//
//
// The MachineFunctionPass the plugin inserts at the very end of the BPF
// codegen pipeline. It only wires the layers together: lower each final
// function (lib/Frontend/MIR), run the engine once the module's functions
// are all lowered (lib/Analysis), report (lib/Report).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PASSES_VERIFIABLEMACHINEPASS_H
#define VERIFIABLE_PASSES_VERIFIABLEMACHINEPASS_H

namespace llvm {
class MachineFunctionPass;
class TargetMachine;
} // namespace llvm

namespace verifiable {

llvm::MachineFunctionPass *
createVerifiableMachinePass(const llvm::TargetMachine &TM);

} // namespace verifiable

#endif
