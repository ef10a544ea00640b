//===- ProgramImage.h - A program laid out as the kernel sees it -*- C++
//-*-===//
//
// libbpf appends every subprogram a program calls after its entry function,
// and the kernel numbers instructions over that whole image. The engine
// works on the same linear numbering so that instruction indices in our
// messages match the kernel's log.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_PROGRAMIMAGE_H
#define VERIFIABLE_LIB_ANALYSIS_PROGRAMIMAGE_H

#include "InsnFamily.h"

#include "verifiable/Program/Program.h"

#include <string>
#include <vector>

namespace verifiable {
namespace analysis {

class ProgramImage {
public:
  struct Piece {
    const bpf::Function *F = nullptr;
    int Start = 0;
  };

  /// Lays out \p Entry and everything it reaches; Problem() says what could
  /// not be resolved.
  ProgramImage(const bpf::Program &P, const bpf::Function &Entry);

  int size() const { return Size; }
  const bpf::Insn &insn(int Pc) const { return *Insns[Pc]; }
  /// The family of instruction \p Pc, decoded once.
  InsnFamily family(int Pc) const { return Families[Pc]; }
  /// Index into pieces() of the function holding \p Pc.
  int pieceOf(int Pc) const;
  const std::vector<Piece> &pieces() const { return Pieces; }
  /// Linear start of function \p Name, -1 if not in the image.
  int startOf(const std::string &Name) const;
  const std::string &problem() const { return Problem; }

private:
  std::vector<Piece> Pieces;
  std::vector<const bpf::Insn *> Insns;
  std::vector<InsnFamily> Families;
  int Size = 0;
  std::string Problem;
};

} // namespace analysis
} // namespace verifiable

#endif
