//===- ProgramData.h - The program's global data as maps --------*- C++ -*-===//
//
// Internal to lib/Analysis. libbpf turns each global data section (.data,
// .bss, .rodata...) into a one-element array map; a pointer to a global
// variable is a map value pointer into it. This class makes those maps on
// first use and reads the bytes of read-only sections, which the kernel
// knows once the map is frozen.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_PROGRAMDATA_H
#define VERIFIABLE_LIB_ANALYSIS_PROGRAMDATA_H

#include "verifiable/Program/Program.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace verifiable {
namespace analysis {

class ProgramData {
public:
  explicit ProgramData(const bpf::Program &Prog) : Prog(Prog) {}
  /// The map libbpf creates for data section \p Section; stable address.
  const bpf::MapDef *sectionMap(const std::string &Section);
  /// Bytes [At, At + Size) of data section \p Section, if the object holds
  /// them.
  std::optional<uint64_t> bytes(const std::string &Section, uint64_t At,
                                unsigned Size) const;

private:
  const bpf::Program &Prog;
  std::deque<bpf::MapDef> Maps;
};

} // namespace analysis
} // namespace verifiable

#endif
