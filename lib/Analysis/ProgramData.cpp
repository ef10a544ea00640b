//===- ProgramData.cpp - Global data sections as array maps ---------------===//
//
// What libbpf does with .data/.bss/.rodata: one array map per section, with
// a single value as large as the section; .rodata is read-only for
// programs. The .kconfig map of __kconfig externs is one more read-only
// section.
//
//===----------------------------------------------------------------------===//
#include "ProgramData.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

std::optional<uint64_t> ProgramData::bytes(const std::string &Section,
                                           uint64_t At, unsigned Size) {
  for (const bpf::GlobalVar &G : Prog.Globals) {
    if (G.Section != Section || At < G.Offset || At + Size > G.Offset + G.Size)
      continue;
    if (!G.UnknownWhy.empty()) {
      if (std::find(UnknownRead.begin(), UnknownRead.end(), &G) ==
          UnknownRead.end())
        UnknownRead.push_back(&G);
      return std::nullopt;
    }
    if (At + Size > G.Offset + G.Bytes.size())
      continue;
    if (G.LoaderSettable) {
      if (KnobsAnyValue)
        return std::nullopt;
      if (std::find(KnobsRead.begin(), KnobsRead.end(), G.Name) ==
          KnobsRead.end())
        KnobsRead.push_back(G.Name);
    }
    uint64_t V = 0;
    for (unsigned B = 0; B < Size; ++B) // little-endian
      V |= static_cast<uint64_t>(G.Bytes[At - G.Offset + B]) << (8 * B);
    return V;
  }
  return std::nullopt;
}

const bpf::MapDef *ProgramData::sectionMap(const std::string &Section) {
  for (const bpf::MapDef &M : Maps)
    if (M.Name == Section)
      return &M;
  bpf::MapDef M;
  M.Name = Section;
  M.Type = 2; // BPF_MAP_TYPE_ARRAY
  M.KeySize = 4;
  M.ValueSize = static_cast<uint32_t>(Prog.sectionSize(Section));
  M.MaxEntries = 1;
  for (const bpf::GlobalVar &G : Prog.Globals) {
    if (G.Section != Section)
      continue;
    for (bpf::SpecialField F : G.Fields) {
      F.Offset += static_cast<uint32_t>(G.Offset);
      M.Fields.push_back(F);
    }
    for (bpf::KptrField K : G.KptrFields) {
      K.Off += static_cast<uint32_t>(G.Offset);
      M.KptrFields.push_back(K);
    }
  }
  // libbpf freezes .rodata and .kconfig read-only for programs.
  if (Section.rfind(".rodata", 0) == 0 || Section == ".kconfig")
    M.Flags = bpf::MapDef::ReadOnlyForPrograms;
  Maps.push_back(M);
  return &Maps.back();
}

bool ProgramData::frozenReadOnly(const bpf::MapDef *M) const {
  for (const bpf::MapDef &Own : Maps)
    if (&Own == M)
      return M->readOnlyForPrograms();
  return false;
}
