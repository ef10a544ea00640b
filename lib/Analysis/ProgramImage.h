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
  /// One past the last instruction of piece \p Piece.
  int endOf(int Piece) const {
    return Piece + 1 < static_cast<int>(Pieces.size()) ? Pieces[Piece + 1].Start
                                                       : Size;
  }
  const std::vector<Piece> &pieces() const { return Pieces; }
  /// Linear start of function \p Name, -1 if not in the image.
  int startOf(const std::string &Name) const;
  const std::string &problem() const { return Problem; }
  /// The piece of the program's exception callback, -1 if none.
  int exceptionCallback() const { return ExceptionCallback; }
  /// The function of \p Piece, or one it calls, contains a helper that may
  /// move packet data or a tail call (the kernel's changes_pkt_data, which
  /// it decides from the code alone: calls on dead paths count too).
  bool mayChangePacketData(int Piece) const;

private:
  std::vector<Piece> Pieces;
  int ExceptionCallback = -1;
  std::vector<const bpf::Insn *> Insns;
  std::vector<InsnFamily> Families;
  /// mayChangePacketData() per piece: -1 not computed yet, else 0 or 1.
  mutable std::vector<int> ChangesPacketData;
  int Size = 0;
  std::string Problem;
};

} // namespace analysis
} // namespace verifiable

#endif
