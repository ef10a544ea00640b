//===- Timers.cpp - The bpf_timer helpers ---------------------------------===//
//
// bpf_timer_init/set_callback/start/cancel take the bpf_timer of a map
// value, at the constant offset the value's BTF puts it
// (process_timer_func()); bpf_timer_init's map must be the timer's own.
// bpf_timer_set_callback's callback is verified asynchronously
// (AsyncCallbacks.cpp). Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "HelperCall.h"
#include "Locks.h"
#include "Messages.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::checkTimerArg(TransferEnv &E, const RegState &R, int Regno,
                             CallFacts &Facts) {
  const bpf::SpecialField *F =
      specialFieldArg(E, R, Regno, bpf::SpecialField::Timer, "map_value");
  if (!F)
    return false;
  const bpf::MapDef *M = R.Map;
  // An inner map's values: the kernel tells the inner maps of one outer
  // map apart by a uid per lookup, which the engine does not track.
  if (M->Name.size() > 6 &&
      M->Name.compare(M->Name.size() - 6, 6, ".inner") == 0)
    return E.unknown("a bpf_timer in an inner map is not modelled yet");
  Facts.Map = M;
  return true;
}
