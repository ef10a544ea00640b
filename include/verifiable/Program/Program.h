//===- Program.h - Everything the engine needs of one object ----*- C++ -*-===//
//
// A Program is the engine's input: all functions of one compilation unit (or
// ELF object) with their instructions, the maps and global data they refer
// to, and the license. Each function whose section names a program type is an
// entry that the loader verifies on its own, with every subprogram it calls.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_PROGRAM_H
#define VERIFIABLE_PROGRAM_PROGRAM_H

#include "verifiable/Program/Function.h"
#include "verifiable/Program/LocalType.h"
#include "verifiable/Program/MapDef.h"
#include "verifiable/Program/StructOpsSlot.h"

#include <map>
#include <string>
#include <vector>

namespace verifiable {
namespace bpf {

/// A CO-RE relocation libbpf could not resolve against the target kernel.
struct PoisonedRelocation {
  /// What libbpf's log says when the kernel refuses the poisoned call
  /// ("failed to resolve CO-RE relocation <byte_off> [5] struct s.a (0:0 @
  /// offset 0)"); empty when the object's own BTF was not known.
  std::string Message;
};

class Program {
public:
  std::vector<Function> Functions;
  std::vector<MapDef> Maps;
  std::vector<GlobalVar> Globals;
  std::vector<KsymVar> Ksyms;
  /// Function pointers stored in `.struct_ops` variables.
  std::vector<StructOpsSlot> StructOps;
  /// Structs of the program's own BTF that bpf_obj_new() may allocate or
  /// local kptrs point to, and the BTF encoding them (raw BTF bytes, ids
  /// as LocalType::BtfId says); see LocalType.h.
  std::vector<LocalType> LocalTypes;
  std::vector<uint8_t> LocalBtf;
  /// The CO-RE relocations libbpf poisons, as calls of helper 195896080
  /// name them (SymbolRef::PoisonedRelocation).
  std::vector<PoisonedRelocation> PoisonedRelocations;
  std::string License;
  /// Why libbpf would fail to load the object (an unresolved strong
  /// extern, a kconfig value of the wrong type): every program is refused
  /// before the kernel sees it. libbpf's own words.
  std::vector<std::string> LoadErrors;

  const Function *findFunction(const std::string &Name) const;
  const MapDef *findMap(const std::string &Name) const;
  const GlobalVar *findGlobal(const std::string &Name) const;
  const KsymVar *findKsym(const std::string &Name) const;
  /// The local type a type-id-local relocation loading \p Value names.
  const LocalType *localTypeByIdValue(uint64_t Value) const;
  /// The local type with id \p BtfId in LocalBtf.
  const LocalType *localTypeByBtfId(uint32_t BtfId) const;
  /// The local struct named \p Name.
  const LocalType *localTypeByName(const std::string &Name) const;
  /// The struct_ops members \p Function is stored in (libbpf loads it only
  /// when there is one, or several of the same struct and member).
  std::vector<const StructOpsSlot *>
  structOpsSlotsOf(const std::string &Function) const;
  /// Size of a global data section (.data, .bss, .rodata...): one past the
  /// end of its last variable.
  uint64_t sectionSize(const std::string &Section) const;
  std::vector<const Function *> entries() const;
  bool isGPLCompatible() const;
};

} // namespace bpf
} // namespace verifiable

#endif
