//===- TransferEnv.h - What a transfer function works with ------*- C++ -*-===//
//
// Internal to lib/Analysis. A transfer function computes what one
// instruction does to one path. It receives a TransferEnv: the program and
// its linear image, the program type and the kernel profile (which holds the
// one answer to "is the loader privileged"), the options, what still
// matters at each instruction (Relevance), the outcome to
// report to, the id generator, per-function stack use, the program's data
// sections and the explorer to push branches onto. Nothing else is shared
// between instruction families.
//
// Conventions. A transfer function returns a Step. A check returns bool:
// true means "fine, go on", false always means the analysis stopped with a
// verdict already recorded in the Outcome (E.reject() and E.unknown()
// return a value that converts to false and to Step::Stop).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_TRANSFERENV_H
#define VERIFIABLE_LIB_ANALYSIS_TRANSFERENV_H

#include "Messages.h"
#include "Outcome.h"
#include "Path.h"
#include "ProgramImage.h"

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Analysis/VerifierState.h"
#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Model/Sections.h"
#include "verifiable/Model/TracingCtx.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

namespace verifiable {
namespace analysis {

class Explorer;
class ProgramData;
class Relevance;
class StackUse;

/// Fresh ids for pointers that may be NULL, linked scalars, packet pointers
/// and references; one sequence per analysis, like the kernel's id_gen.
class IdGenerator {
public:
  uint32_t next() { return ++Last; }

private:
  uint32_t Last = 0;
};

struct TransferEnv {
  const bpf::Program &Prog;
  const ProgramImage &Image;
  const model::SectionInfo &Section;
  /// The kernel profile in effect: its Privileged is the loader's privilege
  /// (the profile's and the -verifiable-unprivileged option's together).
  const model::KernelProfile &Profile;
  const AnalysisOptions &Opts;
  /// What still matters at each instruction (our stand-in for the kernel's
  /// liveness and precision marks).
  const Relevance &Relevant;
  Outcome &Out;
  IdGenerator &Ids;
  StackUse &Stack;
  ProgramData &Data;
  Explorer &Paths;
  /// Programs typed by BTF: the target kernel's BTF and the context's
  /// description (null otherwise).
  const struct btf *Btf = nullptr;
  const model::TracingCtx *Tracing = nullptr;
  /// The pointer kind each load or store instruction first accessed, on
  /// any path (the kernel's insn_aux_data ptr_type).
  std::unordered_map<int, RegType> AccessedKind;
  /// The program's own BTF (Program::LocalBtf) for objects from
  /// bpf_obj_new(), read on first use (LocalObjects.h).
  std::shared_ptr<struct btf> LocalBtf;

  bool privileged() const { return Profile.Privileged; }
  Stopped reject(const std::string &Message) {
    return Out.reject(inKernelWords(Profile, Message));
  }
  Stopped unknown(const std::string &Why) { return Out.unknown(Why); }
  void note(int Pc, const std::string &Text) { Out.note(Pc, Text); }
  uint32_t newId() { return Ids.next(); }
};

/// R<R> must be a register the program may read, and hold a value.
bool checkRegRead(TransferEnv &E, const VerifierState &S, int R);
/// R<R> must be a register the program may write (not the frame pointer).
bool checkRegWrite(TransferEnv &E, int R);
/// After a call-like instruction: R1-R5 unreadable, R0 any number, and on
/// to the next instruction.
Step returnUnknownScalar(Path &P);
/// "R<N>", the kernel's name of a register in messages.
std::string regName(int Regno);

} // namespace analysis
} // namespace verifiable

#endif
