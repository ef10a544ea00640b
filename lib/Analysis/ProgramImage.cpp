//===- ProgramImage.cpp - A program laid out as the kernel sees it --------===//
//
// Follows subprogram calls and function-pointer loads transitively, in the
// order they are first referenced, as libbpf's linking does.
//
//===----------------------------------------------------------------------===//
#include "ProgramImage.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

ProgramImage::ProgramImage(const bpf::Program &P, const bpf::Function &Entry) {
  std::vector<const bpf::Function *> Order{&Entry};
  for (size_t I = 0; I < Order.size(); ++I) {
    for (const bpf::Insn &Insn : Order[I]->Insns) {
      if (Insn.Ref.K != bpf::SymbolRef::Subprog)
        continue;
      const bpf::Function *Callee = P.findFunction(Insn.Ref.Name);
      if (!Callee) {
        Problem = "calls '" + Insn.Ref.Name + "', which is not in this object";
        continue;
      }
      if (std::find(Order.begin(), Order.end(), Callee) == Order.end())
        Order.push_back(Callee);
    }
  }
  for (const bpf::Function *F : Order) {
    Pieces.push_back({F, Size});
    Size += static_cast<int>(F->Insns.size());
    for (const bpf::Insn &I : F->Insns) {
      Insns.push_back(&I);
      Families.push_back(classifyInsn(I));
    }
    if (!F->LoweringProblem.empty() && Problem.empty())
      Problem = "function '" + F->Name + "': " + F->LoweringProblem;
  }
}

int ProgramImage::pieceOf(int Pc) const {
  auto It =
      std::upper_bound(Pieces.begin(), Pieces.end(), Pc,
                       [](int Pc, const Piece &Pi) { return Pc < Pi.Start; });
  return static_cast<int>(It - Pieces.begin()) - 1;
}

int ProgramImage::startOf(const std::string &Name) const {
  for (const Piece &Pi : Pieces)
    if (Pi.F->Name == Name)
      return Pi.Start;
  return -1;
}
