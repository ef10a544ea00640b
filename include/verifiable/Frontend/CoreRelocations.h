//===- CoreRelocations.h - CO-RE instructions as libbpf loads them -*- C++ -*-//
//
// The BPF backend leaves CO-RE relocations in the final code: CORE_LD32,
// CORE_LD64, CORE_ST and CORE_SHIFT carry the load, store or shift plus the
// relocation global, and a ld_imm64 of a relocation global stands for a
// patched immediate. libbpf patches each with the value the target kernel's
// BTF gives, or poisons it. This turns them into the instructions libbpf
// will hand to the kernel.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_CORERELOCATIONS_H
#define VERIFIABLE_FRONTEND_CORERELOCATIONS_H

#include "verifiable/Program/Insn.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/MC/MCInst.h"

#include <string>

namespace llvm {
class GlobalVariable;
class MachineInstr;
class MCInstrInfo;
} // namespace llvm

namespace verifiable {
namespace model {
class TargetBtf;
}
class LocalTypeTable;

class CoreRelocations {
public:
  /// \p Locals receives the types type-id-local relocations name (none:
  /// such relocations are not modelled).
  CoreRelocations(const llvm::MCInstrInfo &MII, model::TargetBtf &Target,
                  LocalTypeTable *Locals = nullptr);

  enum Outcome {
    /// Not a CO-RE instruction: lower it as usual.
    NotCore,
    /// \p Out holds the instruction(s) libbpf loads (a poisoned relocation
    /// is one call of the invalid helper per instruction slot).
    Lowered,
    /// Not modelled; problem() says why.
    Failed,
  };

  Outcome lower(const llvm::MachineInstr &MI,
                llvm::SmallVectorImpl<llvm::MCInst> &Out);
  const std::string &problem() const { return Problem; }

  /// Called with the decoded form of what lower() produced: a load or
  /// store whose field changed size in the target is resized or poisoned,
  /// as libbpf does.
  void finish(bpf::Insn &I);

private:
  unsigned opcode(const char *Name) const;
  Outcome lowerTypeIdLocal(const llvm::MachineInstr &MI,
                           const llvm::GlobalVariable &GV,
                           llvm::SmallVectorImpl<llvm::MCInst> &Out);

  const llvm::MCInstrInfo &MII;
  model::TargetBtf &Target;
  LocalTypeTable *Locals;
  unsigned CoreLd64, CoreLd32, CoreSt, CoreShift, LdImm64, MovRi, Call;
  std::string Problem;
  unsigned PendingSize;
  bool PendingAdjustable;
};

} // namespace verifiable

#endif
