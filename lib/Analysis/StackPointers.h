//===- StackPointers.h - Registers that may point into a stack --*- C++ -*-===//
//
// Internal to lib/Analysis. The relevance analysis must know which stores
// and loads may touch a stack frame: a scalar stored into a map value, the
// context or a kernel struct is never read back as that scalar, so it need
// not match when states are compared, and a load through such a pointer
// reads no stack slot. A forward may-analysis per function answers it: the
// frame pointer, copies and offsets of it, values filled from the stack and
// what calls into code return may point into a stack; constants, map
// addresses and loads through other pointers never do.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_STACKPOINTERS_H
#define VERIFIABLE_LIB_ANALYSIS_STACKPOINTERS_H

#include "ProgramImage.h"

#include <cstdint>
#include <vector>

namespace verifiable {
namespace analysis {

class StackPointers {
public:
  explicit StackPointers(const ProgramImage &Image);
  /// Register \p Reg may point into a stack frame on entry to \p Pc.
  bool mayPointToStack(int Pc, int Reg) const { return In[Pc] >> Reg & 1; }

private:
  std::vector<uint16_t> In;
};

/// The successors of \p Pc inside its function (up to two, in \p Out);
/// returns how many. A jump out of the function is returned as is.
int successorsOf(const ProgramImage &Image, int Pc, int *Out);

} // namespace analysis
} // namespace verifiable

#endif
