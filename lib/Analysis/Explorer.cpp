//===- Explorer.cpp - Pending paths, prune points and the budget ----------===//
//
// The driver loop: pop a path, step instructions until it exits, is pruned
// or fails; conditional jumps push the taken side and continue with the
// fall-through, like the kernel. A processed-instruction budget bounds the
// work; exceeding it is `unknown`, never a guess.
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "Iterators.h"
#include "Relevance.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/KernelLimits.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

/// Where the kernel's check_cfg() puts prune points: at conditional jumps,
/// at calls, at helpers that call back (they loop over their call), at
/// iterators' `next` calls, at bpf_timer_set_callback (a covered state
/// queues no new async path), and at the target of every unconditional
/// jump.
static std::vector<bool> prunePoints(const ProgramImage &Image) {
  std::vector<bool> Points(Image.size(), false);
  for (int Pc = 0; Pc < Image.size(); ++Pc) {
    const bpf::Insn &I = Image.insn(Pc);
    if (I.IsSecondHalf)
      continue;
    if (I.isCondJmp() || I.isSubprogCall() || callsBack(I) ||
        isIterNextCall(I) || queuesAsyncCallback(I))
      Points[Pc] = true;
    if (I.isUncondJmp()) {
      int Target = I.jumpTarget(Pc);
      if (Target >= 0 && Target < Image.size())
        Points[Target] = true;
    }
  }
  return Points;
}

Explorer::Explorer(const ProgramImage &Image, const Relevance &Relevant)
    : Image(Image), Relevant(Relevant), PrunePoints(prunePoints(Image)) {}

void Explorer::pushBranch(const Path &From, VerifierState S, int Pc) {
  if (From.Parent)
    ++From.Parent->Branches;
  Pending.push_back({std::move(S), Pc, From.Pc, From.Parent});
  PeakStates = std::max<uint64_t>(PeakStates, Pending.size() + StoredStates);
}

void Explorer::queueGlobal(int Piece) {
  if (std::find(Globals.begin(), Globals.end(), Piece) == Globals.end())
    Globals.push_back(Piece);
}

void Explorer::finishPath(const std::shared_ptr<Checkpoint> &Parent) {
  for (Checkpoint *C = Parent.get(); C; C = C->Parent.get())
    if (--C->Branches > 0)
      break;
}

/// Cached states per prune point before misses evict them.
static constexpr size_t MaxStatesPerInsn = 32;

bool Explorer::visitPrunePoint(TransferEnv &E, Path &P) {
  auto &States = Visited[P.Pc];
  // Where a helper calls back, a covered state ends the callback's
  // iterations, even one still being explored (the kernel's calls_callback
  // case of is_state_visited()).
  bool CallbackSite = callsBack(Image.insn(P.Pc));
  bool MayGoto = Image.family(P.Pc) == InsnFamily::MayGoto;
  // At an iterator's `next`, an earlier iteration still being explored
  // that covers this state ends the loop while the iterator is active;
  // otherwise no loop is reported here (the kernel's iter_next case).
  bool IterNext = isIterNextCall(Image.insn(P.Pc));
  // A covering state ends this path.
  auto Covered = [&](Checkpoint &C) {
    ++C.Hits;
    finishPath(P.Parent);
    return false;
  };
  for (auto It = States.begin(); It != States.end();) {
    Checkpoint &C = **It;
    if (C.Branches > 0 && IterNext) {
      if (iterArgActive(P.State) &&
          subsumes(C.State, P.State, &Relevant.at(P.Pc), E.privileged()))
        return Covered(C);
    } else if (C.Branches > 0 && !CallbackSite) {
      // At may_goto, another iteration's state that covers this one, even
      // one still being explored, ends the path (is_state_visited()).
      if (MayGoto && C.State.MayGotoDepth != P.State.MayGotoDepth &&
          subsumes(C.State, P.State, &Relevant.at(P.Pc), E.privileged()))
        return Covered(C);
      // A state still being explored at the same instruction: we are in a
      // loop. Coming back to exactly the same state means it never ends.
      if (C.State == P.State)
        return E.reject("infinite loop detected at insn " +
                        std::to_string(P.Pc));
    } else if (subsumes(C.State, P.State, &Relevant.at(P.Pc), E.privileged())) {
      return Covered(C);
    }
    // Without the kernel's precision tracking more states stay distinct,
    // so only long lists are thinned out.
    if (++C.Misses > C.Hits * 3 + 3 && States.size() > MaxStatesPerInsn) {
      // Unlikely to prune anything: stop comparing against it. Paths below
      // it still hold it through their Parent chain.
      It = States.erase(It);
      --StoredStates;
      continue;
    }
    ++It;
  }
  auto C = std::make_shared<Checkpoint>();
  C->State = P.State;
  C->Pc = P.Pc;
  C->Parent = P.Parent;
  P.Parent = C;
  States.push_back(C);
  ++StoredStates;
  return true;
}

Step Explorer::stepOne(TransferEnv &E, Path &P) {
  if (P.Pc < 0 || P.Pc >= Image.size())
    return E.reject("jump out of range from insn " + std::to_string(P.Pc));
  const bpf::Insn &I = Image.insn(P.Pc);
  if (I.IsSecondHalf)
    return E.reject("invalid insn idx " + std::to_string(P.Pc));
  if (++Processed > E.Opts.InsnBudget)
    return E.unknown("stopped after " + std::to_string(E.Opts.InsnBudget) +
                     " processed instructions (-verifiable-insn-budget); the "
                     "kernel gives up at " +
                     std::to_string(model::MaxProcessedInsns) +
                     " with 'BPF program is too large' unless it prunes more "
                     "paths than we do");
  if (E.Opts.StateLog)
    logState(E, P, I);
  return transfer(E, P, I);
}

void Explorer::explore(TransferEnv &E, Path First) {
  Visited.clear();
  StoredStates = 0;
  Pending.push_back(std::move(First));
  while (!Pending.empty() && !E.Out.stopped()) {
    Path P = std::move(Pending.back());
    Pending.pop_back();
    for (;;) {
      int Pc = P.Pc;
      if (Pc >= 0 && Pc < Image.size() && PrunePoints[Pc] &&
          !visitPrunePoint(E, P))
        break;
      Step S = stepOne(E, P);
      P.PrevPc = Pc;
      if (S == Step::Stop) {
        E.Out.setStopPc(Pc);
        break;
      }
      if (S == Step::PathEnd) {
        finishPath(P.Parent);
        break;
      }
    }
  }
}
