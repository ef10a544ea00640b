//===- Engine.h - The path-sensitive abstract interpreter -------*- C++ -*-===//
//
// Internal to lib/Analysis. The Engine walks every path of one program
// depth-first like the kernel's do_check(): it copies the state at branches,
// prunes a path when a finished state at the same prune point subsumes it,
// detects loops that revisit an identical state, and stops at the first
// error. Transfer functions live in one file per instruction family.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_ENGINE_H
#define VERIFIABLE_LIB_ANALYSIS_ENGINE_H

#include "ProgramImage.h"

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Analysis/VerifierState.h"
#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/Sections.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace verifiable {
namespace analysis {

/// A prune-point state kept for pruning and loop detection. Branches counts
/// the paths below it still being explored (the kernel's `branches`).
struct Checkpoint {
  VerifierState State;
  int Pc = 0;
  int Branches = 1;
  /// How often this state pruned a path, and how often it failed to; a
  /// state that keeps missing is dropped from the cache (like the kernel's
  /// miss_cnt/hit_cnt eviction), which keeps long loops linear.
  int Hits = 0;
  int Misses = 0;
  std::shared_ptr<Checkpoint> Parent;

  Checkpoint() = default;
  Checkpoint(const Checkpoint &) = delete;
  Checkpoint &operator=(const Checkpoint &) = delete;
  /// A path through a long loop leaves a chain of a million parents;
  /// release it iteratively, not by recursive destructors.
  ~Checkpoint() {
    std::shared_ptr<Checkpoint> P = std::move(Parent);
    while (P && P.use_count() == 1)
      P = std::move(P->Parent);
  }
};

struct Path {
  VerifierState State;
  int Pc = 0;      ///< Linear instruction index.
  int PrevPc = -1; ///< The instruction executed before Pc on this path.
  std::shared_ptr<Checkpoint> Parent;
};

/// What a global function's prototype says about one argument.
struct GlobalArg {
  enum Kind { Scalar, Ctx, Mem } K = Scalar;
  uint32_t Size = 0;    ///< Mem: the pointee's size.
  bool NonNull = false; ///< Mem: tagged arg:nonnull.
};

/// A helper call that runs a callback of the program before it returns
/// (bpf_loop, ...): a prune point where callback iterations converge.
bool callsBack(const bpf::Insn &I);

class Engine {
public:
  Engine(const bpf::Program &P, const bpf::Function &Entry,
         const AnalysisOptions &Opts);
  ~Engine();
  Finding run();

private:
  // Exploration (Engine.cpp).
  bool initialState(VerifierState &S);
  bool step(Path &P);
  void pushBranch(const Path &From, VerifierState S, int Pc);
  void finishPath(std::shared_ptr<Checkpoint> Parent);
  /// Returns false when the path is pruned (or an error was found).
  bool visitPrunePoint(Path &P);

  // Outcomes.
  bool reject(const std::string &Message);
  bool unknown(const std::string &Why);
  void note(int Pc, const std::string &Text);

  // Transfer functions, one file each.
  bool doAlu(Path &P, const bpf::Insn &I);        // AluTransfer.cpp
  bool doPointerAlu(Path &P, const bpf::Insn &I); // PointerArithmetic.cpp
  bool doLoadStore(Path &P, const bpf::Insn &I);  // MemoryAccess.cpp
  bool doAtomic(Path &P, const bpf::Insn &I);     // MemoryAccess.cpp
  bool doLegacyPacketLoad(Path &P,
                          const bpf::Insn &I); // LegacyPacketLoad.cpp
  bool checkMemAccess(Path &P, int Regno, int Off, unsigned Size, bool IsWrite,
                      int ValueReg, RegState *Loaded);
  bool checkStrictAlignment(const RegState &Ptr, int Off, unsigned Size);
  bool checkVarOffStackAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                              unsigned Size, bool IsWrite, int ValueReg,
                              RegState *Loaded, const char *What);
  /// Bounds of a variable-offset stack access: [MinOff, MaxOff).
  bool checkStackRange(const RegState &Ptr, int Regno, int Off, uint64_t Size,
                       const char *What, int64_t &MinOff, int64_t &MaxOff);
  void writeStackRange(StackState &Stack, int64_t MinOff, int64_t MaxOff,
                       bool WritingZero);
  bool checkSockAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                       unsigned Size, bool IsWrite);
  bool checkStackAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                        unsigned Size, bool IsWrite, int ValueReg,
                        RegState *Loaded, const char *What);
  bool checkRegionAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                         unsigned Size, uint64_t RegionSize,
                         const std::string &OutOfBounds);
  bool doLdImm64(Path &P, const bpf::Insn &I);       // MemoryAccess.cpp
  bool doBranch(Path &P, const bpf::Insn &I);        // BranchTransfer.cpp
  bool doPointerBranch(Path &P, const bpf::Insn &I); // PointerBranch.cpp
  bool checkPacketAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                         unsigned Size, bool IsWrite, bool ByHelper,
                         bool HelperMayAccess); // PacketAccess.cpp
  /// After a helper that may move packet data: no packet pointer is valid.
  void invalidatePacketPointers(VerifierState &S); // PacketAccess.cpp
  bool doCall(Path &P, const bpf::Insn &I);        // CallTransfer.cpp
  bool doHelperCall(Path &P, const bpf::Insn &I);  // HelperCall.cpp
  bool releaseArgument(Path &P, const model::HelperProto &H);
  bool checkHelperMemArg(Path &P, const RegState &R, int Regno, uint64_t Size,
                         bool IsWrite, const model::HelperProto &H,
                         bool ByHelper = true); // HelperMemArg.cpp
  bool checkHelperStackArg(Path &P, const RegState &R, int Regno, uint64_t Size,
                           bool IsWrite);
  /// A map key on the stack whose value is known (get_constant_map_key).
  std::optional<uint64_t> constantStackKey(const VerifierState &S,
                                           const RegState &Key, uint32_t Size);
  /// Lookups that return map_value rather than map_value_or_null.
  bool lookupCannotFail(const bpf::MapDef &Map,
                        std::optional<uint64_t> Key) const;
  bool doExit(Path &P, const bpf::Insn &I); // CallTransfer.cpp
  /// R0 within [Min, Max], or the kernel's "<Where> the register R0 has
  /// ... should have been in [Min, Max]".
  bool checkR0Range(const RegState &R0, const char *Where, int64_t Min,
                    int64_t Max, const std::string &Why);

  // References (References.cpp).
  uint32_t acquireReference(VerifierState &S, int Pc);
  /// Releases \p RefObjId and invalidates every pointer to the object;
  /// false if the state holds no such reference.
  bool releaseReference(VerifierState &S, uint32_t RefObjId);
  /// A NULL check proved the acquisition \p Id returned nothing.
  void dropNullReference(VerifierState &S, uint32_t Id);
  /// At the program's exit: no reference may still be held.
  bool checkReferenceLeak(const Path &P);

  // Callbacks of helpers (Callbacks.cpp).
  bool pushCallback(Path &P, const model::HelperProto &H, int Piece,
                    const bpf::MapDef *Map);
  bool returnFromCallback(Path &P);

  // Global functions (GlobalFunctions.cpp).
  bool globalPrototype(const bpf::Function &F, std::vector<GlobalArg> &Args);
  bool checkGlobalCallArgs(Path &P, const std::vector<GlobalArg> &Args);
  bool callGlobalFunction(Path &P, const bpf::Function &Callee, int Start);
  bool globalFunctionState(int Piece, Path &Out);
  /// Explores every path from \p First (one do_check_common()).
  void explore(Path First);

  // Stack sizes over the call graph (StackDepth.cpp).
  void noteStackUse(const VerifierState &S, const RegState &Ptr,
                    int64_t MinOff);
  bool checkCallGraphStack();

  // Shared helpers.
  /// After a call-like instruction: R1-R5 unreadable, R0 any number, and
  /// on to the next instruction.
  void returnUnknownScalar(Path &P);
  bool checkRegRead(const VerifierState &S, int R);
  bool checkRegWrite(int R);
  uint32_t newId() { return ++LastId; }
  const bpf::MapDef *sectionMap(const std::string &Section);
  /// Bytes [At, At + Size) of a read-only data section, if known.
  std::optional<uint64_t> readOnlyData(const std::string &Section, uint64_t At,
                                       unsigned Size);
  /// Applies a NULL-check outcome to every copy of the pointer with \p Id.
  void markNullChecked(VerifierState &S, uint32_t Id, bool IsNull);
  /// Copies refined scalar bounds to every register linked by \p Id.
  void syncLinkedScalars(VerifierState &S, const RegState &Refined);
  void logState(const Path &P, const bpf::Insn &I);

  const bpf::Program &Prog;
  const bpf::Function &Entry;
  AnalysisOptions Opts;
  ProgramImage Image;
  std::optional<model::SectionInfo> Section;
  const model::KernelProfile &Profile;

  std::vector<Path> Pending;
  std::map<int, std::vector<std::shared_ptr<Checkpoint>>> Visited;
  std::deque<bpf::MapDef> SectionMaps;
  uint32_t LastId = 0;
  std::vector<bool> PrunePoints;
  /// What still matters at each instruction, for pruning.
  std::unique_ptr<class Relevance> Relevant;
  /// Deepest stack access seen per function (index into Image.pieces()).
  std::vector<int> StackDepth;
  /// Global functions called so far, in call order (pieces), each verified
  /// once after the program.
  std::vector<int> GlobalQueue;
  /// The function being verified at frame 0: the entry (0) or a global one.
  int RootPiece = 0;
  /// The call instruction where checkCallGraphStack() stopped.
  int FailedCall = -1;
  uint64_t Processed = 0;
  uint64_t PeakStates = 0;
  uint64_t StoredStates = 0;

  Finding Result;
  bool Done = false;
};

} // namespace analysis
} // namespace verifiable

#endif
