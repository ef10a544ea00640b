//===- Outcome.h - The finding an analysis is building ----------*- C++ -*-===//
//
// Internal to lib/Analysis. Every check ends in one of three ways: the
// instruction is fine and the path goes on, the path ended (it exited or was
// pruned), or the analysis stopped with a verdict (reject or unknown). Step
// says which for a transfer function; Outcome records the verdict, the
// message and the notes that explain it.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_OUTCOME_H
#define VERIFIABLE_LIB_ANALYSIS_OUTCOME_H

#include "verifiable/Analysis/Finding.h"

#include <string>

namespace verifiable {
namespace analysis {

class ProgramImage;

/// What a transfer function tells the explorer.
enum class Step {
  Next,    ///< Continue this path at its (updated) Pc.
  PathEnd, ///< This path ended without an error (an exit).
  Stop,    ///< The analysis has a verdict: stop everything.
};

/// What reject() and unknown() return: the analysis stopped. It converts to
/// `false` for checks (a check's false always means "stopped") and to
/// Step::Stop for transfer functions, so both can `return E.reject(...)`.
struct Stopped {
  operator bool() const { return false; }
  operator Step() const { return Step::Stop; }
};

/// The finding under construction: the first reject or unknown wins.
class Outcome {
public:
  explicit Outcome(const ProgramImage &Image) : Image(Image) {}

  Stopped reject(const std::string &Message);
  Stopped unknown(const std::string &Why);
  /// An explanation attached to instruction \p Pc (linear index).
  void note(int Pc, const std::string &Text);

  bool stopped() const { return Stopped_; }
  bool rejected() const { return Stopped_ && Result.V == Verdict::Reject; }
  /// The instruction where the analysis stopped (linear index), -1 if none.
  void setStopPc(int Pc) { StopPc = Pc; }
  int stopPc() const { return StopPc; }

  Finding &finding() { return Result; }

private:
  const ProgramImage &Image;
  Finding Result;
  bool Stopped_ = false;
  int StopPc = -1;
};

} // namespace analysis
} // namespace verifiable

#endif
