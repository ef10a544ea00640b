//===- ProgramReport.cpp - The JSON line for one program ------------------===//
//
// Fields that do not apply (a message for an accepted program, statistics
// for a program the verifier never saw) are null, never omitted, so every
// line has the same shape.
//
//===----------------------------------------------------------------------===//
#include "ProgramReport.h"

#include "FailureClassifier.h"
#include "JsonWriter.h"
#include "VerifierLog.h"

using namespace verifiable::kernelcheck;

std::string
verifiable::kernelcheck::formatProgramReport(const std::string &ObjectPath,
                                             const ProgramInfo &Program,
                                             const LoadOutcome &Outcome) {
  VerifierLogSummary Log = summarizeVerifierLog(Outcome.Log);
  JsonObjectWriter J;
  J.string("object", ObjectPath)
      .string("name", Program.Name)
      .string("section", Program.Section)
      .string("type", Program.Type)
      .string("verdict", verdictName(Outcome.Result));

  if (Outcome.Reason.empty())
    J.null("reason");
  else
    J.string("reason", Outcome.Reason);

  if (Outcome.Errno)
    J.string("errno", errnoName(Outcome.Errno));
  else
    J.null("errno");

  if (Outcome.Result == Verdict::Reject && !Log.ErrorLine.empty())
    J.string("message", Log.ErrorLine);
  else
    J.null("message");

  // A skipped program has no verdict, so no statistics either, even when a
  // log exists (the run of a modified program, or a truncated log).
  if (Outcome.Result == Verdict::Skipped) {
    Log.ProcessedInsns.reset();
    Log.VerificationTimeUsec.reset();
    Log.StackDepth.reset();
  }

  if (Log.ProcessedInsns)
    J.integer("processed_insns", *Log.ProcessedInsns);
  else
    J.null("processed_insns");
  if (Log.VerificationTimeUsec)
    J.integer("verification_time_usec", *Log.VerificationTimeUsec);
  else
    J.null("verification_time_usec");
  if (Log.StackDepth)
    J.integers("stack_depth", *Log.StackDepth);
  else
    J.null("stack_depth");

  J.strings("log_tail", Log.Tail);
  return J.str();
}
