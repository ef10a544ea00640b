//===- References.cpp - Acquired references and their release -------------===//
//
// Some helpers hand out objects the program must give back: a ring buffer
// reservation must be submitted or discarded, a socket from bpf_sk_lookup_*
// released. The kernel records each acquisition (an id and the acquiring
// instruction), releases it when a release helper receives a pointer to it
// or when a NULL check proves it was never acquired, turns every copy of a
// released pointer into an unusable value, and refuses a program that can
// reach its exit still holding one. This file is that bookkeeping
// (acquire_reference_state, release_reference, check_reference_leak).
//
//===----------------------------------------------------------------------===//
#include "References.h"
#include "StateWalk.h"
#include "TransferEnv.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

uint32_t analysis::acquireReference(TransferEnv &E, VerifierState &S, int Pc) {
  Reference Ref;
  Ref.Id = E.newId();
  Ref.AcquiredAt = Pc;
  S.Refs.push_back(Ref);
  return Ref.Id;
}

/// The kernel's release_reference_state(): the last reference takes the
/// released one's place, which decides the order leaks are reported in.
static bool forgetReference(VerifierState &S, uint32_t Id) {
  auto It = std::find_if(S.Refs.begin(), S.Refs.end(),
                         [&](const Reference &R) { return R.Id == Id; });
  if (It == S.Refs.end())
    return false;
  *It = S.Refs.back();
  S.Refs.pop_back();
  return true;
}

bool analysis::releaseReference(TransferEnv &E, VerifierState &S,
                                uint32_t RefObjId) {
  if (!forgetReference(S, RefObjId))
    return false;
  forEachReg(S, [&](RegState &R) {
    if (R.RefObjId == RefObjId)
      R = E.privileged() ? RegState::unknownScalar() : RegState::notInit();
  });
  return true;
}

void analysis::dropNullReference(VerifierState &S, uint32_t Id) {
  forgetReference(S, Id);
}

bool analysis::checkReferenceLeak(TransferEnv &E, const Path &P) {
  const VerifierState &S = P.State;
  if (S.Refs.empty())
    return true;
  // All returns usually share one exit instruction at the closing brace;
  // the instruction before it tells which return this path took.
  if (P.PrevPc >= 0 && E.Image.insn(P.PrevPc).Loc.Line &&
      E.Image.insn(P.PrevPc).Loc.Line != E.Image.insn(P.Pc).Loc.Line)
    E.note(P.PrevPc, "the path that leaks the reference leaves here");
  const Reference &First = S.Refs.front();
  for (const Reference &Ref : S.Refs)
    E.note(Ref.AcquiredAt, "the reference is acquired here; release it on "
                           "every path before the program exits");
  return E.reject("Unreleased reference id=" + std::to_string(First.Id) +
                  " alloc_insn=" + std::to_string(First.AcquiredAt));
}
