//===- HelperCall.cpp - Calls to BPF helpers ------------------------------===//
//
// The kernel's check_helper_call(), in its order: is the helper available
// to this program type, do the arguments match the prototype
// (HelperArgs.cpp), is the map compatible with the helper, what R0 holds
// afterwards (HelperResult.cpp), and the side effects done here: the
// released reference, a callback queued, a new reference, packet pointers
// invalidated, R1-R5 clobbered.
//
//===----------------------------------------------------------------------===//
#include "HelperCall.h"
#include "CriticalSections.h"
#include "Dynptrs.h"
#include "Locks.h"
#include "MemAccess.h"
#include "References.h"
#include "Subprograms.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/HelperAvailability.h"
#include "verifiable/Model/MapTypes.h"

using namespace verifiable;
using namespace verifiable::analysis;

/// The argument a release helper gives back (release_reference()).
static bool releaseArgument(TransferEnv &E, Path &P,
                            const model::HelperProto &H) {
  VerifierState &S = P.State;
  int Regno = H.ReleasesArg + 1;
  if (isDynptrArg(H.Args[H.ReleasesArg])) {
    releaseDynptr(E, P, Regno);
    return true;
  }
  const RegState &R = S.reg(Regno);
  std::string RName = regName(Regno);
  if (!R.RefObjId && !R.isKnownZero())
    return E.reject(RName + " must be referenced when passed to release "
                            "function");
  if (R.Off)
    return E.reject(RName + " must have zero offset when passed to release "
                            "func or trusted arg to kfunc");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.reject("variable " + R.typeName() +
                    " access var_off=" + R.Var.Var.str() + " disallowed");
  if (R.RefObjId && !releaseReference(E, S, R.RefObjId))
    return E.reject("func bpf_" + std::string(H.Name) + "#" +
                    std::to_string(H.Id) +
                    " reference has not been acquired before");
  return true;
}

/// The helper \p I calls, if this program type may call it and the model
/// describes it.
static const model::HelperProto *availableHelper(TransferEnv &E,
                                                 const bpf::Insn &I) {
  model::HelperQuery Q;
  Q.Profile = &E.Profile;
  Q.Type = E.Section.Type;
  Q.Attach = E.Section.Attach;
  Q.Sleepable = E.Section.Sleepable;
  if (E.Tracing && !E.Tracing->StructOps.empty()) {
    Q.StructOps = E.Tracing->StructOps;
    Q.StructOpsMember = E.Tracing->Func;
  }
  model::HelperLookup L = model::lookupHelper(Q, static_cast<unsigned>(I.Imm));
  if (L.Status == model::Availability::Forbidden) {
    E.reject(
        model::helperRefusalMessage(static_cast<unsigned>(I.Imm), E.Profile));
    return nullptr;
  }
  if (L.Status == model::Availability::Unknown || !L.Proto) {
    E.unknown("helper " + model::helperDisplayName(I.Imm) + "#" +
              std::to_string(I.Imm) + " is not modelled for this program type");
    return nullptr;
  }
  const model::HelperProto &H = *L.Proto;
  if (!H.Modeled) {
    E.unknown("helper bpf_" + std::string(H.Name) + "#" +
              std::to_string(I.Imm) + " is not modelled yet");
    return nullptr;
  }
  if (H.GplOnly && !E.Prog.isGPLCompatible()) {
    E.reject("cannot call GPL-restricted function from non-GPL compatible "
             "program");
    return nullptr;
  }
  if (H.RestrictedByTarget) {
    std::optional<bool> Ok =
        model::helperAllowedAtTarget(H.Id, E.Section, E.Tracing);
    if (!Ok) {
      E.unknown("helper bpf_" + std::string(H.Name) +
                " is restricted to attach targets the model does not "
                "describe for this program");
      return nullptr;
    }
    if (!*Ok) {
      E.reject("helper call is not allowed in probe");
      return nullptr;
    }
  }
  if (H.MightSleep && !E.Section.Sleepable) {
    E.reject("helper call might sleep in a non-sleepable prog");
    return nullptr;
  }
  return &H;
}

Step analysis::transferHelperCall(TransferEnv &E, Path &P, const bpf::Insn &I) {
  const model::HelperProto *Found = availableHelper(E, I);
  if (!Found)
    return Step::Stop;
  const model::HelperProto &H = *Found;
  VerifierState &S = P.State;
  CallFacts Facts;
  if (!checkHelperArgs(E, P, H, Facts))
    return Step::Stop;
  unsigned Id = static_cast<unsigned>(I.Imm);
  if (Facts.Map) {
    auto MapType = static_cast<model::MapType>(Facts.Map->Type);
    if (!model::mapHelperCompatible(MapType, Id, E.Section.Type,
                                    E.Section.Attach))
      return E.reject(model::mapHelperIncompatibleMessage(
          MapType, Id, E.Section.Type, E.Section.Attach));
  }
  if (H.ReleasesArg >= 0 && !releaseArgument(E, P, H))
    return Step::Stop;
  if (H.Id == model::BPF_FUNC_tail_call &&
      (!checkReferenceLeak(E, P) ||
       !checkNoCriticalSection(E, P.State, "tail_call")))
    return Step::Stop; // "tail_call would lead to reference leak"
  // The storage cannot report a failure, so no flag may ask for one.
  if (H.Id == model::BPF_FUNC_get_local_storage && !S.reg(2).isKnownZero())
    return E.reject("get_local_storage() doesn't support non-zero flags");
  RegState R0;
  if (!helperResult(E, P, H, Facts, R0))
    return Step::Stop;
  if (Facts.Callback >= 0 && !pushCallback(E, P, H, Facts.Callback, Facts.Map))
    return Step::Stop;
  if (R0.maybeNull() || mayPointToSpinLock(R0))
    R0.Id = E.newId(); // a lock's map value is named by its id
  if (H.CastsSocket) {
    R0.RefObjId = Facts.RefObjId;
  } else if (H.Acquires ||
             (Facts.Map && H.Id == model::BPF_FUNC_map_lookup_elem &&
              model::mapLookupAcquires(
                  static_cast<model::MapType>(Facts.Map->Type)))) {
    uint32_t Id = acquireReference(E, S, P.Pc);
    R0.Id = Id;
    R0.RefObjId = Id;
  }
  // Writing through an skb dynptr may move the packet data too.
  if (H.ChangesPktData ||
      (H.Id == model::BPF_FUNC_dynptr_write && Facts.Dynptr == DynptrKind::Skb))
    invalidatePacketPointers(E, S);
  for (int R = 1; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  S.reg(0) = R0;
  ++P.Pc;
  return Step::Next;
}
