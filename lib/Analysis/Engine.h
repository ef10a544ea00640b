//===- Engine.h - One program's verification, start to finish --*- C++ -*-===//
//
// Internal to lib/Analysis; read this first. analyzeProgram() builds an
// Engine for one program entry and runs it, in the kernel's order:
//
//  1. Lay out the entry and every function it calls as one linear image
//     (ProgramImage) and decide the program type from the section name.
//  2. Explore every path from the entry's initial state (Explorer): each
//     instruction goes to the transfer function of its family (Dispatch.cpp,
//     Transfer.h), which updates the path's VerifierState and returns a Step;
//     branches push their other side; prune points compare against kept
//     states (StateEquivalence.cpp, Relevance).
//  3. Verify each global function that a verified path called, once, from
//     its BTF prototype (GlobalFunctions.cpp), then the exception callback
//     a decl tag names (Callbacks.cpp).
//  4. Check the stack use of the call graph (StackDepth.cpp).
//
// The first reject or unknown stops everything (Outcome); a program whose
// every path ends without one is accepted.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_ENGINE_H
#define VERIFIABLE_LIB_ANALYSIS_ENGINE_H

#include "Outcome.h"
#include "ProgramData.h"
#include "ProgramImage.h"
#include "StackDepth.h"
#include "TransferEnv.h"

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Model/Sections.h"
#include "verifiable/Model/TracingCtx.h"

#include <optional>

namespace verifiable {
namespace analysis {

class Engine {
public:
  Engine(const bpf::Program &P, const bpf::Function &Entry,
         const AnalysisOptions &Opts);
  Finding run();

private:
  /// Why this program cannot be analysed at all; empty if it can.
  std::string unsupported();
  /// Programs typed by BTF: finds their context in the target BTF; why it
  /// cannot be found, or empty.
  std::string btfContextProblem();
  /// The entry's state: R1 the context, R10 the frame pointer.
  Path entryPath() const;
  /// Fills in where the analysis stopped, as function and source line.
  void locateStop();

  const bpf::Program &Prog;
  const bpf::Function &Entry;
  AnalysisOptions Opts;
  ProgramImage Image;
  std::optional<model::SectionInfo> Section;
  /// The profile in effect, privilege included (see TransferEnv).
  model::KernelProfile Profile;
  /// Programs typed by BTF: their context, from the target BTF.
  const struct btf *Btf = nullptr;
  std::optional<model::TracingCtx> Tracing;
  /// Why the kernel refuses the program before verifying any instruction
  /// (the struct_ops license and member checks); empty if it does not.
  std::string Refused;
  Outcome Out;
  IdGenerator Ids;
  StackUse Stack;
  ProgramData Data;
};

} // namespace analysis
} // namespace verifiable

#endif
