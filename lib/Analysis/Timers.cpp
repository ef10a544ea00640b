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
  if (R.Type != RegType::MapValue || R.maybeNull()) {
    if (R.maybeNull())
      noteMaybeNull(E, Regno, R);
    return rejectTypeMismatch(E, Regno, R, "map_value");
  }
  if (!R.Var.isConst())
    return E.reject(regName(Regno) + " doesn't have constant offset. "
                                     "bpf_timer has to be at the constant "
                                     "offset");
  const bpf::MapDef *M = R.Map;
  if (!M)
    return E.unknown("bpf_timer in a map value of an unknown map");
  const bpf::SpecialField *F = M->findField(bpf::SpecialField::Timer);
  if (!F)
    return E.reject("map '" + M->Name + "' has no valid bpf_timer");
  int64_t Off = static_cast<int64_t>(R.Var.constValue()) + R.Off;
  if (Off != F->Offset)
    return E.reject("off " + std::to_string(Off) +
                    " doesn't point to 'struct bpf_timer' that is at " +
                    std::to_string(F->Offset));
  // An inner map's values: the kernel tells the inner maps of one outer
  // map apart by a uid per lookup, which the engine does not track.
  if (M->Name.size() > 6 &&
      M->Name.compare(M->Name.size() - 6, 6, ".inner") == 0)
    return E.unknown("a bpf_timer in an inner map is not modelled yet");
  Facts.Map = M;
  return true;
}
