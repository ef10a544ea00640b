//===- PoisonedRelocations.h - libbpf's words for poisoned CO-RE -*- C++ -*-=//
//
// A CO-RE relocation libbpf cannot resolve becomes a call of helper
// 195896080, and libbpf rewrites the kernel's refusal of that call into a
// description of the relocation that names the root type by its id in the
// object's own BTF. The ids exist only once BTFDebug has written the
// object's BTF (ObjectBtf.h), after the functions were lowered: the
// lowering records each poisoned relocation's local side, and this names
// them once the object's BTF is known.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_POISONEDRELOCATIONS_H
#define VERIFIABLE_FRONTEND_POISONEDRELOCATIONS_H

#include "verifiable/Frontend/ObjectBtf.h"
#include "verifiable/Model/CoreRelocation.h"
#include "verifiable/Program/Program.h"

#include <string>
#include <vector>

namespace verifiable {

/// The local side of a relocation libbpf poisons, as the object's
/// .BTF.ext records it (the root type by name and BTF kind).
struct PoisonedRelocationSite {
  model::CoreKind Kind = model::CoreKind::FieldByteOffset;
  std::string RootName;
  unsigned RootBtfKind = 0;
  std::string Access;
};

/// Fills P.PoisonedRelocations (one per site, in order) with libbpf's
/// message for each site, read in the object's BTF \p Object; a message
/// stays empty when the object's BTF or the root's id in it is not known.
void describePoisonedRelocations(
    const std::vector<PoisonedRelocationSite> &Sites,
    const ObjectBtf::Sections &Object, bpf::Program &P);

} // namespace verifiable

#endif
