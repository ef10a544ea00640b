//===- Engine.cpp - Path exploration, pruning and outcomes ----------------===//
//
// The driver loop: pop a path, step instructions until it exits, is pruned
// or fails; conditional jumps push the taken side and continue with the
// fall-through, like the kernel. A processed-instruction budget bounds the
// work; exceeding it is `unknown`, never a guess.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"
#include "Relevance.h"

#include "verifiable/Model/ProgTypes.h"
#include "verifiable/Model/ReturnRanges.h"

#include <chrono>

using namespace verifiable;
using namespace verifiable::analysis;

Engine::Engine(const bpf::Program &P, const bpf::Function &Entry,
               const AnalysisOptions &Opts)
    : Prog(P), Entry(Entry), Opts(Opts), Image(P, Entry),
      Section(model::progTypeFromSection(Entry.Section)),
      Profile(Opts.Profile ? *Opts.Profile : model::hostProfile()) {
  Result.Program = Entry.Name;
  Result.Section = Entry.Section;
  Result.InsnBudget = Opts.InsnBudget;
}

Engine::~Engine() = default;

bool Engine::reject(const std::string &Message) {
  Result.V = Verdict::Reject;
  Result.Message = Message;
  Done = true;
  return false;
}

bool Engine::unknown(const std::string &Why) {
  Result.V = Verdict::Unknown;
  Result.Message = Why;
  Done = true;
  return false;
}

void Engine::note(int Pc, const std::string &Text) {
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

void Engine::returnUnknownScalar(Path &P) {
  VerifierState &S = P.State;
  for (int R = 1; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  RegState R0 = RegState::unknownScalar();
  R0.Origin = P.Pc;
  S.reg(0) = R0;
  ++P.Pc;
}

bool Engine::checkRegRead(const VerifierState &S, int R) {
  if (R >= NumRegs)
    return reject("R" + std::to_string(R) + " is invalid");
  if (!S.reg(R).isInit())
    return reject("R" + std::to_string(R) + " !read_ok");
  return true;
}

bool Engine::checkRegWrite(int R) {
  if (R >= NumRegs)
    return reject("R" + std::to_string(R) + " is invalid");
  if (R == FramePointer)
    return reject("frame pointer is read only");
  return true;
}

bool Engine::initialState(VerifierState &S) {
  S.Frames.emplace_back();
  FrameState &F = S.cur();
  F.Function = 0;
  F.Regs[1] = RegState::pointer(RegType::Ctx);
  F.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  return true;
}

void Engine::pushBranch(const Path &From, VerifierState S, int Pc) {
  if (From.Parent)
    ++From.Parent->Branches;
  Pending.push_back({std::move(S), Pc, From.Pc, From.Parent});
  PeakStates = std::max<uint64_t>(PeakStates, Pending.size() + StoredStates);
}

void Engine::finishPath(std::shared_ptr<Checkpoint> Parent) {
  for (Checkpoint *C = Parent.get(); C; C = C->Parent.get())
    if (--C->Branches > 0)
      break;
}

/// Cached states per prune point before misses evict them.
static constexpr size_t MaxStatesPerInsn = 32;

bool Engine::visitPrunePoint(Path &P) {
  auto &States = Visited[P.Pc];
  // Where a helper calls back, a covered state ends the callback's
  // iterations, even one still being explored (the kernel's calls_callback
  // case of is_state_visited()).
  bool CallbackSite = callsBack(Image.insn(P.Pc));
  for (auto It = States.begin(); It != States.end();) {
    Checkpoint &C = **It;
    if (C.Branches > 0 && !CallbackSite) {
      // A state still being explored at the same instruction: we are in a
      // loop. Coming back to exactly the same state means it never ends.
      if (C.State == P.State)
        return reject("infinite loop detected at insn " + std::to_string(P.Pc));
    } else if (subsumes(C.State, P.State, &Relevant->at(P.Pc),
                        Opts.Privileged)) {
      ++C.Hits;
      finishPath(P.Parent);
      return false;
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

/// Where the kernel's check_cfg() puts prune points: at conditional jumps,
/// at calls, and at the target of every unconditional jump.
static std::vector<bool> prunePoints(const ProgramImage &Image) {
  std::vector<bool> Points(Image.size(), false);
  for (int Pc = 0; Pc < Image.size(); ++Pc) {
    const bpf::Insn &I = Image.insn(Pc);
    if (I.IsSecondHalf)
      continue;
    // A helper that calls back loops over its call.
    if (I.isCondJmp() || I.isSubprogCall() || callsBack(I))
      Points[Pc] = true;
    if (I.isUncondJmp()) {
      int Target = Pc + 1 + (I.cls() == bpf::BPF_JMP32 ? I.Imm : I.Off);
      if (Target >= 0 && Target < Image.size())
        Points[Target] = true;
    }
  }
  return Points;
}

bool Engine::step(Path &P) {
  if (P.Pc < 0 || P.Pc >= Image.size())
    return reject("jump out of range from insn " + std::to_string(P.Pc));
  const bpf::Insn &I = Image.insn(P.Pc);
  if (I.IsSecondHalf)
    return reject("invalid insn idx " + std::to_string(P.Pc));
  if (++Processed > Opts.InsnBudget)
    return unknown("stopped after " + std::to_string(Opts.InsnBudget) +
                   " processed instructions (-verifiable-insn-budget); the "
                   "kernel gives up at 1000000 with 'BPF program is too "
                   "large' unless it prunes more paths than we do");
  if (Opts.StateLog)
    logState(P, I);

  if (I.isAlu())
    return doAlu(P, I);
  if (I.isLdImm64())
    return doLdImm64(P, I);
  switch (I.cls()) {
  case bpf::BPF_LDX:
  case bpf::BPF_ST:
  case bpf::BPF_STX:
    if (I.mode() == bpf::BPF_ATOMIC)
      return doAtomic(P, I);
    return doLoadStore(P, I);
  case bpf::BPF_LD:
    if (I.mode() == bpf::BPF_ABS || I.mode() == bpf::BPF_IND)
      return doLegacyPacketLoad(P, I);
    return unknown("BPF_LD instruction with opcode " +
                   std::to_string(I.Opcode) + " is not modelled");
  default:
    break;
  }
  if (I.isCall())
    return doCall(P, I);
  if (I.isExit())
    return doExit(P, I);
  if (I.isUncondJmp()) {
    int Delta = I.cls() == bpf::BPF_JMP32 ? I.Imm : I.Off;
    P.Pc += Delta + 1;
    return true;
  }
  if (I.isCondJmp())
    return doBranch(P, I);
  return unknown("instruction with opcode " + std::to_string(I.Opcode) +
                 " is not modelled");
}

void Engine::explore(Path First) {
  Visited.clear();
  StoredStates = 0;
  Pending.push_back(std::move(First));
  while (!Pending.empty() && !Done) {
    Path P = std::move(Pending.back());
    Pending.pop_back();
    bool Alive = true;
    while (Alive && !Done) {
      int Pc = P.Pc;
      if (Pc >= 0 && Pc < Image.size() && PrunePoints[Pc] &&
          !visitPrunePoint(P))
        break;
      if (Done)
        break;
      int Before = P.Pc;
      Alive = step(P);
      P.PrevPc = Before;
      if (Done) {
        Result.InsnIndex = Before;
        break;
      }
    }
  }
}

Finding Engine::run() {
  if (!Section)
    return unknown("section '" + Entry.Section +
                   "' does not name a program type libbpf knows"),
           Result;
  if (!Section->Modeled)
    return unknown(std::string("program type ") +
                   model::progTypeName(Section->Type) + " (section '" +
                   Entry.Section + "') is not modelled"),
           Result;
  if (!Image.problem().empty())
    return unknown(Image.problem()), Result;

  Relevant = std::make_unique<Relevance>(
      Image,
      model::expectedReturnRange(Section->Type, Section->Attach).has_value());
  PrunePoints = prunePoints(Image);
  Path First;
  initialState(First.State);
  explore(std::move(First));
  // Global functions are verified once each, after the program, from
  // their signatures (do_check_subprogs()).
  for (size_t I = 0; I < GlobalQueue.size() && !Done; ++I) {
    Path Sub;
    if (!globalFunctionState(GlobalQueue[I], Sub))
      break;
    explore(std::move(Sub));
  }
  Result.ProcessedInsns = Processed;
  Result.PeakStates = PeakStates;
  if (!Done && checkCallGraphStack()) {
    Result.V = Verdict::Accept;
    return Result;
  }
  if (Result.InsnIndex < 0)
    Result.InsnIndex = FailedCall;

  if (Result.InsnIndex >= 0 && Result.InsnIndex < Image.size()) {
    const ProgramImage::Piece &Pi =
        Image.pieces()[Image.pieceOf(Result.InsnIndex)];
    Result.Function = Pi.F->Name;
    Result.Loc = Image.insn(Result.InsnIndex).Loc;
    Result.InsnIndex -= Pi.Start;
  }
  return Result;
}

Finding verifiable::analyzeProgram(const bpf::Program &P,
                                   const bpf::Function &Entry,
                                   const AnalysisOptions &Opts) {
  auto Start = std::chrono::steady_clock::now();
  Engine E(P, Entry, Opts);
  Finding F = E.run();
  F.AnalysisTimeUsec = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - Start)
                           .count();
  return F;
}
