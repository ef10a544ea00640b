//===- MIRLowering.h - Final MachineFunction to bpf::Function --*- C++ -*-===//
//
// The MIR front-end. Codegen hands the plugin one finished MachineFunction at
// a time; this turns it into the engine's bpf::Function. Opcode, registers,
// offset and immediate are taken from the BPF target's own MCCodeEmitter, so
// the engine sees exactly the bytes that will be emitted. What libbpf
// relocates (maps, global data, subprograms, kfuncs) is kept symbolic.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_MIRLOWERING_H
#define VERIFIABLE_FRONTEND_MIRLOWERING_H

#include "verifiable/Frontend/LocalTypes.h"
#include "verifiable/Frontend/ObjectBtf.h"
#include "verifiable/Program/Function.h"

#include <memory>
#include <vector>

namespace llvm {
class DILocation;
class MachineFunction;
class MCCodeEmitter;
class TargetMachine;
} // namespace llvm

namespace verifiable {
class CoreRelocations;
namespace model {
class TargetBtf;
}

class MIRLowering {
public:
  explicit MIRLowering(const llvm::TargetMachine &TM);
  ~MIRLowering();

  /// Lowers \p MF. Never fails: what cannot be lowered faithfully is
  /// recorded in Function::LoweringProblem, and the engine then answers
  /// `unknown` for every program that reaches this function.
  /// \p Locs, when given, receives the DILocation of each instruction slot.
  bpf::Function lower(const llvm::MachineFunction &MF,
                      std::vector<const llvm::DILocation *> *Locs = nullptr);

  /// The kernel BTF CO-RE relocations are resolved against (none: they
  /// are lowering problems).
  void setTargetBtf(model::TargetBtf *T) { Target = T; }
  /// Lower __naked functions (hand-written BPF assembly) too; by default
  /// they are a lowering problem (see docs/frontend-mir.md).
  void setJudgeNaked(bool On) { JudgeNaked = On; }
  /// The program-local types CO-RE relocations named so far.
  LocalTypeTable &localTypes() { return Locals; }
  /// Fills P.PoisonedRelocations for the CO-RE relocations poisoned so
  /// far, read in the object's own BTF \p Object.
  void describePoisonedRelocations(const ObjectBtf::Sections &Object,
                                   bpf::Program &P) const;

private:
  const llvm::TargetMachine &TM;
  std::unique_ptr<llvm::MCCodeEmitter> Emitter;
  model::TargetBtf *Target = nullptr;
  bool JudgeNaked = true;
  std::unique_ptr<CoreRelocations> Core;
  LocalTypeTable Locals;
};

} // namespace verifiable

#endif
