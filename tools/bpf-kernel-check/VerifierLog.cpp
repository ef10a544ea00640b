//===- VerifierLog.cpp - What a verifier log says -------------------------===//
//
// Kernel 6.18 ends every log at level 1|4 with
//     verification time 96 usec
//     stack depth 8
//     processed 11 insns (limit 1000000) max_states_per_insn 0 ...
// and a rejection puts its message just before those, after the trace of
// the failing path (instructions, register states, source lines). The error
// is the first line of the block of message lines that follows the trace.
//
//===----------------------------------------------------------------------===//
#include "VerifierLog.h"

#include <cctype>

using namespace verifiable::kernelcheck;

namespace {

bool startsWith(std::string_view Text, std::string_view Prefix) {
  return Text.substr(0, Prefix.size()) == Prefix;
}

bool endsWith(std::string_view Text, std::string_view Suffix) {
  return Text.size() >= Suffix.size() &&
         Text.substr(Text.size() - Suffix.size()) == Suffix;
}

/// Consumes a run of decimal digits at the front of \p Text.
bool consumeNumber(std::string_view &Text, int64_t *Value = nullptr) {
  size_t I = 0;
  int64_t V = 0;
  while (I < Text.size() && std::isdigit(static_cast<unsigned char>(Text[I]))) {
    V = V * 10 + (Text[I] - '0');
    ++I;
  }
  if (I == 0)
    return false;
  Text.remove_prefix(I);
  if (Value)
    *Value = V;
  return true;
}

bool consume(std::string_view &Text, std::string_view Prefix) {
  if (!startsWith(Text, Prefix))
    return false;
  Text.remove_prefix(Prefix.size());
  return true;
}

std::vector<std::string_view> splitLines(std::string_view Log) {
  std::vector<std::string_view> Lines;
  while (!Log.empty()) {
    size_t End = Log.find('\n');
    std::string_view Line = Log.substr(0, End);
    while (!Line.empty() && (Line.back() == '\r' || Line.back() == ' '))
      Line.remove_suffix(1);
    Lines.push_back(Line);
    if (End == std::string_view::npos)
      break;
    Log.remove_prefix(End + 1);
  }
  return Lines;
}

} // namespace

bool verifiable::kernelcheck::isStatisticsLine(std::string_view Line) {
  return (startsWith(Line, "processed ") &&
          Line.find(" insns") != std::string_view::npos) ||
         startsWith(Line, "verification time ") ||
         startsWith(Line, "stack depth ");
}

bool verifiable::kernelcheck::isTraceLine(std::string_view Line) {
  std::string_view Rest = Line;
  // "12: (85) call ...", "6: R0=...", "7: safe": instruction or state.
  if (consumeNumber(Rest) && startsWith(Rest, ": "))
    return true;
  Rest = Line;
  // "(0) frame 0 insn 6 +live -8": stack liveness (6.18, level 2).
  if (consume(Rest, "(") && consumeNumber(Rest) && startsWith(Rest, ") "))
    return true;
  Rest = Line;
  // "frame1: R1=..." and "R1=ctx() R10=fp0": register states.
  if (consume(Rest, "frame") && consumeNumber(Rest) && startsWith(Rest, ":"))
    return true;
  Rest = Line;
  if (consume(Rest, "R") && consumeNumber(Rest) &&
      (startsWith(Rest, "=") || startsWith(Rest, "_")))
    return true;
  Rest = Line;
  // "func#0 @0": the subprogram table.
  if (consume(Rest, "func#") && consumeNumber(Rest) && startsWith(Rest, " @"))
    return true;
  // "Validating foo() func#1..." and "Func#1 ('foo') is safe for any args
  // that match its prototype" (older kernels: "is global and assumed
  // valid."): global subprogram bookkeeping.
  if (startsWith(Line, "Validating ") && endsWith(Line, "..."))
    return true;
  if (startsWith(Line, "Func#") &&
      (endsWith(Line, "is safe for any args that match its prototype") ||
       endsWith(Line, "is global and assumed valid.")))
    return true;
  return startsWith(Line, "; ") || Line == ";" || startsWith(Line, "from ") ||
         startsWith(Line, "caller:") || startsWith(Line, "callee:") ||
         startsWith(Line, "returning from callee:") ||
         startsWith(Line, "to caller at ") || startsWith(Line, " ") ||
         startsWith(Line, "\t") || startsWith(Line, "mark_precise: ") ||
         startsWith(Line, "last_idx ") || startsWith(Line, "regs=") ||
         startsWith(Line, "parent ");
}

VerifierLogSummary
verifiable::kernelcheck::summarizeVerifierLog(std::string_view Log,
                                              size_t TailLines) {
  VerifierLogSummary Summary;
  std::vector<std::string_view> Lines = splitLines(Log);
  // Some 6.18 messages lack their newline ("expected prog array map for
  // tail call"), so the statistics line that follows is glued to them.
  for (size_t I = 0; I < Lines.size(); ++I) {
    size_t Glued = Lines[I].find("verification time ");
    if (Glued == std::string_view::npos || Glued == 0)
      continue;
    Lines.insert(Lines.begin() + I + 1, Lines[I].substr(Glued));
    Lines[I] = Lines[I].substr(0, Glued);
  }

  for (std::string_view Line : Lines) {
    std::string_view Rest = Line;
    int64_t Value;
    if (consume(Rest, "processed ") && consumeNumber(Rest, &Value) &&
        startsWith(Rest, " insns")) {
      Summary.ProcessedInsns = Value;
    } else if (consume(Rest, "verification time ") &&
               consumeNumber(Rest, &Value) && startsWith(Rest, " usec")) {
      Summary.VerificationTimeUsec = Value;
    } else if (consume(Rest, "stack depth ")) {
      std::vector<int64_t> Depths;
      while (consumeNumber(Rest, &Value)) {
        Depths.push_back(Value);
        if (!consume(Rest, "+"))
          break;
      }
      if (Rest.empty() && !Depths.empty())
        Summary.StackDepth = Depths;
    }
  }

  // The statistics block closes the log; the message sits right above it.
  size_t End = Lines.size();
  while (End > 0 &&
         (Lines[End - 1].empty() || isStatisticsLine(Lines[End - 1])))
    --End;
  size_t Start = End;
  while (Start > 0 &&
         (Lines[Start - 1].empty() || !isTraceLine(Lines[Start - 1])))
    --Start;
  for (size_t I = Start; I < End; ++I)
    if (!Lines[I].empty()) {
      Summary.ErrorLine = std::string(Lines[I]);
      break;
    }
  if (Summary.ErrorLine.empty()) {
    // Only trace lines: the best guess is the last one.
    for (size_t I = End; I > 0; --I)
      if (!Lines[I - 1].empty()) {
        Summary.ErrorLine = std::string(Lines[I - 1]);
        break;
      }
  }

  for (size_t I = Lines.size(); I > 0 && Summary.Tail.size() < TailLines; --I)
    if (!Lines[I - 1].empty())
      Summary.Tail.insert(Summary.Tail.begin(), std::string(Lines[I - 1]));
  return Summary;
}
