//===- ProgramImage.cpp - A program laid out as the kernel sees it --------===//
//
// Follows subprogram calls and function-pointer loads transitively, in the
// order they are first referenced, as libbpf's linking does.
//
//===----------------------------------------------------------------------===//
#include "ProgramImage.h"

#include "verifiable/Model/Helpers.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

ProgramImage::ProgramImage(const bpf::Program &P, const bpf::Function &Entry) {
  std::vector<const bpf::Function *> Order{&Entry};
  // Appends every function reached from Order[From...] by calls or
  // function-pointer loads.
  auto LayOut = [&](size_t From) {
    for (size_t I = From; I < Order.size(); ++I)
      for (const bpf::Insn &Insn : Order[I]->Insns) {
        if (Insn.Ref.K != bpf::SymbolRef::Subprog)
          continue;
        const bpf::Function *Callee = P.findFunction(Insn.Ref.Name);
        if (!Callee) {
          Problem =
              "calls '" + Insn.Ref.Name + "', which is not in this object";
          continue;
        }
        if (std::find(Order.begin(), Order.end(), Callee) == Order.end())
          Order.push_back(Callee);
      }
  };
  LayOut(0);
  // After everything the program calls, libbpf (1.3+) appends the exception
  // callback that a decl tag on the entry names, and what that one calls;
  // one the program also calls is there already. A name that is no
  // function of the object is the kernel's load-time error
  // (checkExceptionCallbackTag()).
  if (const std::string &Cb = Entry.Sig.ExceptionCallback; !Cb.empty())
    if (const bpf::Function *F = P.findFunction(Cb)) {
      auto It = std::find(Order.begin(), Order.end(), F);
      ExceptionCallback = static_cast<int>(It - Order.begin());
      if (It == Order.end()) {
        Order.push_back(F);
        LayOut(Order.size() - 1);
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

bool ProgramImage::mayChangePacketData(int Piece) const {
  ChangesPacketData.resize(Pieces.size(), -1);
  if (ChangesPacketData[Piece] >= 0)
    return ChangesPacketData[Piece];
  ChangesPacketData[Piece] = 0; // recursion: what the rest of the body says
  bool Changes = false;
  for (const bpf::Insn &I : Pieces[Piece].F->Insns) {
    if (I.IsSecondHalf)
      continue;
    if (I.isHelperCall()) {
      const model::HelperProto *H =
          model::findHelper(static_cast<unsigned>(I.Imm));
      Changes |= I.Imm == model::BPF_FUNC_tail_call || (H && H->ChangesPktData);
    } else if (I.isSubprogCall()) {
      int Start = startOf(I.Ref.Name);
      Changes |= Start >= 0 && mayChangePacketData(pieceOf(Start));
    }
    if (Changes)
      break;
  }
  ChangesPacketData[Piece] = Changes;
  return Changes;
}
