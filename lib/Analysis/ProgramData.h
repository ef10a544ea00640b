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
  /// \p KnobsAnyValue: `const volatile` globals may hold any value (the
  /// loader may set them); otherwise they hold their initial values.
  ProgramData(const bpf::Program &Prog, bool KnobsAnyValue)
      : Prog(Prog), KnobsAnyValue(KnobsAnyValue) {}
  /// The map libbpf creates for data section \p Section; stable address.
  const bpf::MapDef *sectionMap(const std::string &Section);
  /// Whether \p M is a data section map libbpf freezes read-only for
  /// programs (.rodata*, .kconfig): the kernel's bpf_map_is_rdonly().
  bool frozenReadOnly(const bpf::MapDef *M) const;
  /// Bytes [At, At + Size) of data section \p Section, if the object holds
  /// them and the loader does not set them. Records the knobs read.
  std::optional<uint64_t> bytes(const std::string &Section, uint64_t At,
                                unsigned Size);
  /// The knobs whose initial values bytes() returned, in first-read order.
  const std::vector<std::string> &knobsRead() const { return KnobsRead; }
  /// The loader-filled variables read whose values are unknown (the load
  /// gave an unknown scalar), in first-read order.
  const std::vector<const bpf::GlobalVar *> &unknownRead() const {
    return UnknownRead;
  }

private:
  const bpf::Program &Prog;
  bool KnobsAnyValue;
  std::deque<bpf::MapDef> Maps;
  std::vector<std::string> KnobsRead;
  std::vector<const bpf::GlobalVar *> UnknownRead;
};

} // namespace analysis
} // namespace verifiable

#endif
