//===- Exceptions.cpp - bpf_throw
//------------------------------------------===//
//
// bpf_throw(cookie) unwinds the whole program: the kernel ends the path at
// the call like an exit of the main program (process_bpf_exit_full with
// exception_exit). What it checks there: the cookie as the program's return
// value when the default exception callback returns it (check_return_code()
// on R1), no reference held in any frame, no RCU or non-preemptible section
// open. A spin lock cannot be held: the call itself is refused under one. The
// return value of the frame's own exit is not checked, since the path never
// gets there. A throw reached under a callback (bpf_loop's, an async one, the
// exception callback itself) is refused only afterwards, by the kernel's walk
// over the call graph (StackDepth.cpp).
//
//===----------------------------------------------------------------------===//
#include "CriticalSections.h"
#include "References.h"
#include "Subprograms.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

Step analysis::transferThrow(TransferEnv &E, Path &P) {
  // The program's own exception callback decides its return value.
  if (E.Image.exceptionCallback() < 0 && !checkReturnValue(E, P.State, 1))
    return Step::Stop;
  // The kernel's check_resource_leak(): references before sections.
  if (!checkReferenceLeak(E, P) ||
      !checkNoCriticalSection(E, P.State, "bpf_throw"))
    return Step::Stop;
  return Step::PathEnd;
}
