//===- ControlFlow.cpp - The program's shape, checked before any path -----===//
//
// The kernel's check_subprogs() and check_cfg() over the laid-out program:
// the same instruction numbers, the same order of checks, the same
// messages.
//
//===----------------------------------------------------------------------===//
#include "ControlFlow.h"
#include "ProgramImage.h"
#include "TransferEnv.h"

#include <vector>

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::checkSubprogJumps(TransferEnv &E) {
  const ProgramImage &Image = E.Image;
  for (size_t Piece = 0; Piece < Image.pieces().size(); ++Piece) {
    int Start = Image.pieces()[Piece].Start,
        End = Image.endOf(static_cast<int>(Piece));
    for (int Pc = Start; Pc < End; ++Pc) {
      const bpf::Insn &I = Image.insn(Pc);
      if (I.isJmp() && !I.IsSecondHalf && !I.isCall() && !I.isExit()) {
        int Target = I.jumpTarget(Pc);
        if (Target < Start || Target >= End)
          return E.reject("jump out of range from insn " + std::to_string(Pc) +
                          " to " + std::to_string(Target));
      }
    }
    // Falling through into the next subprogram is not a way to call it.
    const bpf::Insn &Last = Image.insn(End - 1);
    if (End > Start &&
        (Last.IsSecondHalf || !(Last.isExit() || Last.isUncondJmp())))
      return E.reject("last insn is not an exit or jmp");
  }
  return true;
}

/// The instructions control may go to from \p Pc, in the kernel's order
/// (visit_insn()): the fall-through first, then a jump's or call's target.
static void successors(const ProgramImage &Image, int Pc,
                       std::vector<int> &Out) {
  Out.clear();
  const bpf::Insn &I = Image.insn(Pc);
  if (I.IsSecondHalf) {
    Out.push_back(Pc + 1);
    return;
  }
  int Callee =
      I.Ref.K == bpf::SymbolRef::Subprog ? Image.startOf(I.Ref.Name) : -1;
  if (I.isLdImm64()) {
    Out.push_back(Pc + 2);
    if (Callee >= 0)
      Out.push_back(Callee);
    return;
  }
  if (!I.isJmp()) {
    Out.push_back(Pc + 1);
    return;
  }
  if (I.isExit())
    return;
  if (I.isCall()) {
    Out.push_back(Pc + 1);
    if (I.isSubprogCall() && Callee >= 0)
      Out.push_back(Callee);
    return;
  }
  if (!I.isUncondJmp())
    Out.push_back(Pc + 1);
  Out.push_back(I.jumpTarget(Pc));
}

bool analysis::checkControlFlowGraph(TransferEnv &E) {
  const ProgramImage &Image = E.Image;
  int Size = Image.size();
  enum : uint8_t { Unseen, OnPath, Explored };
  std::vector<uint8_t> State(Size, Unseen);
  std::vector<int> Succ;
  // Depth first, as the kernel walks: an edge to an instruction still on
  // the current path is a loop.
  auto Walk = [&](int Root) -> bool {
    if (Root < 0 || Root >= Size || State[Root] != Unseen)
      return true;
    std::vector<std::pair<int, size_t>> Stack{{Root, 0}};
    State[Root] = OnPath;
    while (!Stack.empty()) {
      auto &[Pc, Next] = Stack.back();
      successors(Image, Pc, Succ);
      if (Next == Succ.size()) {
        State[Pc] = Explored;
        Stack.pop_back();
        continue;
      }
      int To = Succ[Next++];
      if (To < 0 || To >= Size)
        return E.reject("jump out of range from insn " + std::to_string(Pc) +
                        " to " + std::to_string(To));
      if (State[To] == OnPath && !E.privileged())
        return E.reject("back-edge from insn " + std::to_string(Pc) + " to " +
                        std::to_string(To));
      if (State[To] == Unseen) {
        State[To] = OnPath;
        Stack.push_back({To, 0});
      }
    }
    return true;
  };
  if (!Walk(0))
    return false;
  int Ex = Image.exceptionCallback();
  if (Ex >= 0 && !Walk(Image.pieces()[Ex].Start))
    return false;
  for (int Pc = 0; Pc < Size; ++Pc) {
    const bpf::Insn &I = Image.insn(Pc);
    if (State[Pc] != Explored)
      return E.reject("unreachable insn " + std::to_string(Pc));
    if (I.isLdImm64() && !I.IsSecondHalf) {
      if (Pc + 1 < Size && State[Pc + 1] != Unseen)
        return E.reject("jump into the middle of ldimm64 insn " +
                        std::to_string(Pc));
      ++Pc;
    }
  }
  return true;
}
