//===- Outcome.cpp - Recording verdicts and notes -------------------------===//
//
// The first verdict wins; a note records the function, instruction and
// source location of the instruction it explains.
//
//===----------------------------------------------------------------------===//
#include "Outcome.h"
#include "ProgramImage.h"

using namespace verifiable;
using namespace verifiable::analysis;

Stopped Outcome::reject(const std::string &Message) {
  Result.V = Verdict::Reject;
  Result.Message = Message;
  Stopped_ = true;
  return Stopped();
}

Stopped Outcome::unknown(const std::string &Why) {
  Result.V = Verdict::Unknown;
  Result.Message = Why;
  Stopped_ = true;
  return Stopped();
}

void Outcome::note(int Pc, const std::string &Text) {
  FindingNote N;
  N.Text = Text;
  if (Pc >= 0 && Pc < Image.size()) {
    const ProgramImage::Piece &Pi = Image.pieces()[Image.pieceOf(Pc)];
    N.Function = Pi.F->Name;
    N.InsnIndex = Pc - Pi.Start;
    N.Loc = Image.insn(Pc).Loc;
  }
  Result.Notes.push_back(std::move(N));
}
