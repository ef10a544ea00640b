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

#include "verifiable/Frontend/PoisonedRelocations.h"
#include "verifiable/Model/CoreRelocation.h"
#include "verifiable/Program/Insn.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/MC/MCInst.h"

#include <string>
#include <vector>

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
  /// as libbpf does, and a poisoned call names its relocation
  /// (SymbolRef::PoisonedRelocation, an index into poisonedSites()).
  void finish(bpf::Insn &I);

  /// The relocations poisoned so far, in the order their calls name them.
  const std::vector<PoisonedRelocationSite> &poisonedSites() const {
    return Poisoned;
  }

private:
  unsigned opcode(const char *Name) const;
  Outcome lowerTypeIdLocal(const llvm::MachineInstr &MI,
                           const llvm::GlobalVariable &GV,
                           llvm::SmallVectorImpl<llvm::MCInst> &Out);

  unsigned recordPoisoned(const model::CoreLocalSpec &Spec);

  const llvm::MCInstrInfo &MII;
  model::TargetBtf &Target;
  LocalTypeTable *Locals;
  unsigned CoreLd64, CoreLd32, CoreSt, CoreShift, LdImm64, MovRi, Call;
  std::string Problem;
  unsigned PendingSize;
  bool PendingAdjustable;
  /// The relocation of the load or store PendingSize applies to.
  model::CoreLocalSpec PendingSpec;
  /// Instruction slots still to be named after poisoned relocation
  /// PendingPoisonIndex.
  unsigned PendingPoisonSlots = 0;
  unsigned PendingPoisonIndex = 0;
  std::vector<PoisonedRelocationSite> Poisoned;
};

} // namespace verifiable

#endif
