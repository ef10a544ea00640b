//===- Engine.cpp - Running one program's verification --------------------===//
//
// Sets up what the transfer functions share, explores the entry and then
// each global function it called, checks the call graph's stack, and turns
// the outcome into a Finding.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"
#include "BtfAccess.h"
#include "ControlFlow.h"
#include "Explorer.h"
#include "KfuncCall.h"
#include "Locks.h"
#include "Relevance.h"
#include "Subprograms.h"

#include "verifiable/Analysis/CompilerCause.h"
#include "verifiable/Model/ProgTypes.h"
#include "verifiable/Model/ReturnRanges.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace verifiable;
using namespace verifiable::analysis;

static model::KernelProfile effectiveProfile(const AnalysisOptions &Opts) {
  model::KernelProfile P = Opts.Profile ? *Opts.Profile : model::hostProfile();
  P.Privileged = P.Privileged && Opts.Privileged;
  return P;
}

Engine::Engine(const bpf::Program &P, const bpf::Function &Entry,
               const AnalysisOptions &Opts)
    : Prog(P), Entry(Entry), Opts(Opts), Image(P, Entry),
      Section(model::progTypeFromSection(Entry.Section)),
      Profile(effectiveProfile(Opts)), Out(Image), Data(P, Opts.KnobsAnyValue) {
  Finding &R = Out.finding();
  R.Program = Entry.Name;
  R.Section = Entry.Section;
  R.InsnBudget = Opts.InsnBudget;
}

std::string Engine::unsupported() {
  if (!Section)
    return "section '" + Entry.Section +
           "' does not name a program type libbpf knows";
  if (!Section->Modeled)
    return std::string("program type ") + model::progTypeName(Section->Type) +
           " (section '" + Entry.Section + "') is not modelled";
  if (std::string Why = Image.problem(); !Why.empty())
    return Why;
  if (Section->AttachBtf &&
      !Profile.has(model::KernelFeature::TrustedBtfPointers))
    return std::string("program type ") + model::progTypeName(Section->Type) +
           " (section '" + Entry.Section +
           "') is typed by BTF, which the engine does not model for kernels "
           "before 6.2";
  return Section->AttachBtf ? btfContextProblem() : "";
}

std::string Engine::btfContextProblem() {
  const char *Type = model::progTypeName(Section->Type);
  model::TargetBtf *Target = Opts.TargetBtf;
  Btf = Target ? Target->get() : nullptr;
  if (!Btf)
    return std::string("program type ") + Type + " (section '" + Entry.Section +
           "') is typed by the target kernel's BTF: " +
           (Target ? Target->problem() : "no target kernel BTF was given") +
           " (-verifiable-target-btf)";
  if (Section->Type == model::ProgType::Lsm && !Prog.isGPLCompatible())
    return "LSM programs must have a GPL compatible license: the kernel "
           "refuses this one before verifying it (bpf_lsm_verify_prog())";
  std::string Why;
  std::optional<model::StructOpsRef> Ops;
  if (Section->Type == model::ProgType::StructOps) {
    // check_struct_ops_btf_id(); the license is checked first.
    if (!Prog.isGPLCompatible()) {
      Refused = "struct ops programs must have a GPL compatible license";
      return "";
    }
    std::vector<const bpf::StructOpsSlot *> Slots =
        Prog.structOpsSlotsOf(Entry.Name);
    if (Slots.empty())
      return "struct_ops program '" + Entry.Name +
             "' is stored in no .struct_ops variable: libbpf does not load "
             "it as such";
    for (const bpf::StructOpsSlot *S : Slots)
      if (S->Type != Slots[0]->Type || S->Member != Slots[0]->Member)
        return "struct_ops program '" + Entry.Name +
               "' is stored in members of different structs or names (" +
               Slots[0]->Type + "." + Slots[0]->Member + ", " + S->Type + "." +
               S->Member + "): libbpf refuses to load it";
    Ops = model::StructOpsRef{Slots[0]->Type, Slots[0]->Member};
  }
  Tracing = model::tracingContext(Btf, *Section, Entry.Section, Why,
                                  Ops ? &*Ops : nullptr);
  if (!Tracing)
    return std::string("program type ") + Type + " (section '" + Entry.Section +
           "'): " + Why;
  return "";
}

Path Engine::entryPath() const {
  Path First;
  First.State.Frames.emplace_back();
  FrameState &F = First.State.cur();
  F.Function = 0;
  F.Regs[1] = RegState::pointer(RegType::Ctx);
  F.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  return First;
}

void Engine::locateStop() {
  Finding &R = Out.finding();
  int Pc = Out.stopPc() >= 0 ? Out.stopPc() : Stack.failedCall();
  if (Pc < 0 || Pc >= Image.size())
    return;
  const ProgramImage::Piece &Pi = Image.pieces()[Image.pieceOf(Pc)];
  R.Function = Pi.F->Name;
  R.Loc = Image.insn(Pc).Loc;
  R.InsnIndex = Pc - Pi.Start;
}

/// Notes for a rejection that read loader-filled values the engine does
/// not know: the kernel reads the real ones and may decide otherwise.
static void noteUnknownValues(Finding &R, const ProgramData &Data) {
  for (const bpf::GlobalVar *G : Data.unknownRead()) {
    FindingNote N;
    N.Text = "the verdict assumed any value of '" + G->Name +
             "', which libbpf sets at load time: " + G->UnknownWhy;
    R.Notes.push_back(std::move(N));
  }
}

/// The first instruction whose opcode the kernel's table lacks
/// (bpf_opcode_in_insntable(), checked before verifying), or -1.
static int unknownOpcode(const ProgramImage &Image,
                         const model::KernelProfile &Profile) {
  if (Profile.has(model::KernelFeature::Cpuv4Insns))
    return -1;
  for (int Pc = 0; Pc < Image.size(); ++Pc) {
    const bpf::Insn &I = Image.insn(Pc);
    if (I.IsSecondHalf)
      continue;
    bool ByteSwap = I.Opcode == (bpf::BPF_ALU64 | bpf::BPF_END);
    bool LongJump = I.Opcode == (bpf::BPF_JMP32 | bpf::BPF_JA);
    if (ByteSwap || LongJump)
      return Pc;
  }
  return -1;
}

Finding Engine::run() {
  if (!Prog.LoadErrors.empty()) {
    Out.reject(Prog.LoadErrors.front());
    Out.finding().ByLoader = true;
    return Out.finding();
  }
  std::string Why = unsupported();
  if (!Why.empty()) {
    Out.unknown(Why);
    return Out.finding();
  }
  if (Refused.empty() && Tracing)
    Refused = Tracing->Refused;
  if (!Refused.empty()) {
    // Refused before any instruction is verified (check_attach_btf_id()).
    Out.reject(Refused);
    return Out.finding();
  }
  if (int Pc = unknownOpcode(Image, Profile); Pc >= 0) {
    char Text[32];
    std::snprintf(Text, sizeof(Text), "unknown opcode %02x",
                  Image.insn(Pc).Opcode);
    Out.reject(Text);
    Out.setStopPc(Pc);
    locateStop();
    return Out.finding();
  }
  bool ReturnChecked =
      model::expectedReturnRange(Section->Type, Section->Attach).has_value() ||
      (Tracing && Tracing->Ret == model::TracingCtx::RetRange32);
  Relevance Relevant(Image, ReturnChecked);
  Explorer Paths(Image, Relevant);
  TransferEnv E{Prog, Image, *Section, Profile, Opts, Relevant,
                Out,  Ids,   Stack,    Data,    Paths};
  E.Btf = Btf;
  E.Tracing = Tracing ? &*Tracing : nullptr;
  // The load-time checks, in the kernel's order (bpf_check()).
  if (!checkExceptionCallbackTag(E) || !checkDevBoundKfuncs(E) ||
      !checkSubprogJumps(E) || !checkSubprogReturnTypes(E) ||
      !checkControlFlowGraph(E) || !checkTypedKsymAddresses(E) ||
      !checkMapsAllowed(E)) {
    locateStop();
    return Out.finding();
  }
  Paths.explore(E, entryPath());
  // Global functions are verified once each, after the program, from
  // their signatures (do_check_subprogs()).
  for (size_t I = 0; I < Paths.globalQueue().size() && !Out.stopped(); ++I) {
    Path Sub;
    if (!globalFunctionPath(E, Paths.globalQueue()[I], Sub))
      break;
    Paths.explore(E, std::move(Sub));
  }
  // The exception callback is verified on its own too, as a callback.
  if (!Out.stopped() && Image.exceptionCallback() >= 0) {
    Path Cb;
    if (exceptionCallbackPath(E, Cb))
      Paths.explore(E, std::move(Cb));
  }
  Finding &R = Out.finding();
  R.KnobsRead = Data.knobsRead();
  R.ProcessedInsns = Paths.processed();
  R.PeakStates = Paths.peakStates();
  if (!Out.stopped() && Stack.checkCallGraph(E)) {
    R.V = Verdict::Accept;
    return R;
  }
  locateStop();
  if (R.V == Verdict::Reject)
    noteUnknownValues(R, Data);
  return R;
}

Finding verifiable::analyzeProgram(const bpf::Program &P,
                                   const bpf::Function &Entry,
                                   const AnalysisOptions &Opts) {
  auto Start = std::chrono::steady_clock::now();
  Finding F = Engine(P, Entry, Opts).run();
  // A rejection the compiler made: the same value checked in one register
  // and used in another (CompilerCause.h).
  if (F.V == Verdict::Reject)
    classifyRejection(P, Entry, Opts, F);
  // An accept that relies on the initial values of knobs: would the kernel
  // reject the program if the loader set them otherwise?
  if (F.V == Verdict::Accept && !F.KnobsRead.empty() && Opts.KnobCheckBudget) {
    AnalysisOptions AnyValue = Opts;
    AnyValue.KnobsAnyValue = true;
    AnyValue.StateLog = nullptr;
    AnyValue.InsnBudget = std::min(
        Opts.InsnBudget, std::max(Opts.KnobCheckBudget, 4 * F.ProcessedInsns));
    Finding G = Engine(P, Entry, AnyValue).run();
    if (G.V == Verdict::Reject) {
      F.KnobRejection.Text = G.Message;
      F.KnobRejection.Loc = G.Loc;
      F.KnobRejection.Function = G.Function;
      F.KnobRejection.InsnIndex = G.InsnIndex;
    }
  }
  F.AnalysisTimeUsec = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - Start)
                           .count();
  return F;
}
