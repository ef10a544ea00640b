//===- ObjectBtf.h - The object's own BTF, as BTFDebug emits it -*- C++ -*-===//
//
// Some of what libbpf prints names the object's own BTF type ids (a poisoned
// CO-RE relocation is "[5] struct foo" in its message). BTFDebug assigns
// those ids only when the AsmPrinter finishes the module, after every
// function was lowered. The engine runs later still (the legacy pass
// manager finalizes its passes in reverse order), so the plugin gives the
// AsmPrinter one more handler, after BTFDebug's, that copies the finished
// .BTF and .BTF.ext sections.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_OBJECTBTF_H
#define VERIFIABLE_FRONTEND_OBJECTBTF_H

#include <cstdint>
#include <memory>
#include <vector>

namespace llvm {
class Pass;
}

namespace verifiable {

class ObjectBtf {
public:
  struct Sections {
    std::vector<uint8_t> Btf;
    std::vector<uint8_t> BtfExt;
    /// Set once the AsmPrinter finished the module.
    bool Finished = false;
  };

  /// Hooks into the AsmPrinter that runs after \p MachinePass in its pass
  /// manager; false when there is none (the sections then stay empty).
  bool attach(llvm::Pass &MachinePass);
  /// The sections, once the module is finished; empty when the object has
  /// no BTF or is written as assembly.
  const Sections &sections() const { return *Copy; }
  /// Forgets the sections (the next module attaches again).
  void reset();

private:
  std::shared_ptr<Sections> Copy = std::make_shared<Sections>();
  bool Attached = false;
};

} // namespace verifiable

#endif
