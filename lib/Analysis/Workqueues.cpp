//===- Workqueues.cpp - The bpf_wq kfuncs ---------------------------------===//
//
// A `struct bpf_wq` in a map value is a work item the program arms with
// bpf_wq_init(wq, map, flags), bpf_wq_set_callback_impl(wq, cb, flags,
// aux__prog) and bpf_wq_start(wq, flags). As for timers (Timers.cpp), the
// wq argument must point at the field of a map value (check_map_field_
// pointer() on 6.18), bpf_wq_init's map must be the one the value lives in,
// and the callback is verified asynchronously (AsyncCallbacks.cpp) with R1
// the map, R2 a key and R3 a value, but as sleepable code: the work item
// runs in a kernel worker, and 6.18 takes such a callback only from a
// sleepable program. Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "KfuncCall.h"
#include "Locks.h"
#include "Messages.h"
#include "Subprograms.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isWorkqueueKfunc(const std::string &Name) {
  return Name == "bpf_wq_init" || Name == "bpf_wq_set_callback_impl" ||
         Name == "bpf_wq_start";
}

static bool endsWith(const std::string &S, const char *Suffix) {
  size_t N = std::char_traits<char>::length(Suffix);
  return S.size() >= N && S.compare(S.size() - N, N, Suffix) == 0;
}

/// The work item (KF_ARG_PTR_TO_WORKQUEUE, process_wq_func()).
static bool checkWqField(TransferEnv &E, const RegState &R, int Regno,
                         KfuncCall &K) {
  if (R.Type != RegType::MapValue || R.maybeNull())
    return E.reject("arg#" + std::to_string(Regno - 1) +
                    " doesn't point to a map value");
  if (!specialFieldArg(E, R, Regno, bpf::SpecialField::Workqueue, "map_value"))
    return false;
  const bpf::MapDef *M = R.Map;
  // The kernel tells the inner maps of one outer map apart by a uid per
  // lookup, which the engine does not track.
  if (endsWith(M->Name, ".inner"))
    return E.unknown("a bpf_wq in an inner map is not modelled yet");
  K.WqMap = M;
  return true;
}

/// bpf_wq_init()'s `p__map` (KF_ARG_PTR_TO_MAP): the map the work item
/// lives in.
static bool checkWqMap(TransferEnv &E, const RegState &R, int Regno,
                       const KfuncCall &K) {
  if (R.Type != RegType::ConstMapPtr || !R.Map) {
    if (R.Map || R.Type == RegType::ConstMapPtr)
      return E.unknown("a map argument of kfunc '" + K.Name +
                       "' that is not a map pointer the engine knows");
    return E.reject("pointer in " + regName(Regno) + " isn't map pointer");
  }
  // 6.18 compares the maps whether or not this one holds a bpf_wq
  // (measured).
  if (K.WqMap && K.WqMap != R.Map)
    return E.reject("workqueue pointer in R1 map_uid=0 doesn't match map "
                    "pointer in R2 map_uid=0");
  return true;
}

bool analysis::checkWorkqueueArg(TransferEnv &E, Path &P, KfuncCall &K,
                                 int Regno) {
  const model::KfuncParam &Param = K.Proto.Params[Regno - 1];
  const RegState &R = P.State.reg(Regno);
  // `__prog` is filled in by the kernel (is_kfunc_arg_prog()).
  if (endsWith(Param.Name, "__prog"))
    return true;
  if (Regno == 1)
    return checkWqField(E, R, Regno, K);
  if (Param.has(model::SuffixMap))
    return checkWqMap(E, R, Regno, K);
  if (Param.Type.Kind == model::KfuncTypeKind::PtrToFunc) {
    if (R.Type != RegType::Func)
      return E.reject("arg" + std::to_string(Regno - 1) +
                      " expected pointer to func");
    K.Callback = R.Callee;
    return true;
  }
  return E.unknown("argument " + Param.Name + " of kfunc '" + K.Name +
                   "' is not modelled");
}

bool analysis::finishWorkqueueArgs(TransferEnv &E, Path &P,
                                   const KfuncCall &K) {
  if (K.Name != "bpf_wq_set_callback_impl")
    return true;
  // push_callback_call() with set_timer_callback_state(). The callback is
  // sleepable code, which 6.18 refuses in a program that is not sleepable
  // (measured: after the arguments, before the callback is looked at); in
  // a sleepable one it runs as sleepable as the program.
  if (!E.Section.Sleepable)
    return E.reject("sleepable callback in a program that is not sleepable");
  return pushAsyncCallback(E, P, K.Callback, K.WqMap);
}
