//===- ClassifyRejection.cpp - Prove a rejection is the compiler's --------===//
//
// The evidence half of CompilerCause.h: a register pair found in the code
// is only a suspicion. The program is analysed again with the use reading
// the checked register (the same value on every path that passed the
// check); if the engine then accepts the program, the source was right and the
// compiler's choice of registers was not. Then the finding says so, with
// the check's line, the use's line and a source-level workaround.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Analysis/CompilerCause.h"

using namespace verifiable;

namespace {

std::string regName(int R, bool Sub) {
  return (Sub ? "w" : "r") + std::to_string(R);
}

std::string lineOf(const bpf::SourceLoc &L) {
  return L.isValid() ? "line " + std::to_string(L.Line) : "an unknown line";
}

FindingNote noteAt(const bpf::Function &F, int Insn, std::string Text) {
  FindingNote N;
  N.Loc = F.Insns[Insn].Loc;
  N.Function = F.Name;
  N.InsnIndex = Insn;
  N.Text = std::move(Text);
  return N;
}

const char *workaround(CausePattern P) {
  switch (P) {
  case CausePattern::Reload:
    return "read the field once into a local variable, then check and use "
           "that variable";
  case CausePattern::ExtensionCopy:
    return "put barrier_var(x) on the variable before the check, or copy it "
           "to a 64-bit local (long) and check and use that local";
  }
  return "";
}

} // namespace

void verifiable::classifyRejection(const bpf::Program &P,
                                   const bpf::Function &Entry,
                                   const AnalysisOptions &Opts,
                                   Finding &Found) {
  if (Found.V != Verdict::Reject || Found.ByLoader || Found.InsnIndex < 0)
    return;
  const bpf::Function *F = P.findFunction(Found.Function);
  if (!F)
    return;
  std::optional<CauseCandidate> C = findCompilerCause(*F, Found.InsnIndex);
  if (!C)
    return;

  bpf::Program Patched = P;
  for (bpf::Function &PF : Patched.Functions)
    if (PF.Name == F->Name)
      for (const InsnPatch &Patch : C->Patches)
        PF.Insns[Patch.Index] = Patch.Replacement;
  const bpf::Function *PatchedEntry = Patched.findFunction(Entry.Name);
  if (!PatchedEntry)
    return;
  AnalysisOptions Again = Opts;
  Again.StateLog = nullptr;
  Again.KnobCheckBudget = 0;
  Finding G = analysis::Engine(Patched, *PatchedEntry, Again).run();
  // Only an accept is evidence: a rejection elsewhere could be the same
  // fault showing at a later instruction (a check too wide for the value).
  bool Gone = G.V == Verdict::Accept;
  if (!Gone)
    return;

  CompilerCause &Cause = Found.Cause;
  Cause.Pattern = causePatternName(C->Pattern);
  Cause.CheckReg = regName(C->CheckReg, C->Check32);
  Cause.UseReg = regName(C->UseReg, C->Use32);
  Cause.Workaround = workaround(C->Pattern);
  const bpf::SourceLoc &UseLoc = F->Insns[C->RemakeInsn].Loc;
  const bpf::SourceLoc &CheckLoc = F->Insns[C->CheckInsn].Loc;
  const bpf::Insn &Remake = F->Insns[C->RemakeInsn];
  std::string What =
      C->Pattern == CausePattern::Reload
          ? "the same field loaded again from (r" + std::to_string(Remake.Src) +
                " " + (Remake.Off < 0 ? "" : "+") + std::to_string(Remake.Off) +
                ") at " + lineOf(UseLoc) + ", after the check"
          : "the same value extended again at " + lineOf(UseLoc);
  Cause.Check = noteAt(
      *F, C->CheckInsn,
      "the compiler made this rejection: the source checks the bound here, "
      "the code checks it on " +
          Cause.CheckReg + ", but the access uses " + Cause.UseReg + ", " +
          What +
          "; the kernel cannot tell the two registers hold the same "
          "value");
  Cause.Use = noteAt(*F, C->RemakeInsn,
                     Cause.UseReg +
                         " is made again here, unchecked (the "
                         "check on " +
                         Cause.CheckReg + " is at " + lineOf(CheckLoc) +
                         "); workaround: " + Cause.Workaround);
  Found.Notes.push_back(Cause.Check);
  Found.Notes.push_back(Cause.Use);
}
