//===- Finding.cpp - Verdict names ----------------------------------------===//
//
// The spelling of verdicts shared by the JSON report, remarks and tools.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/Finding.h"

using namespace verifiable;

const char *verifiable::verdictName(Verdict V) {
  switch (V) {
  case Verdict::Accept:
    return "accept";
  case Verdict::Reject:
    return "reject";
  case Verdict::Unknown:
    return "unknown";
  }
  return "unknown";
}
