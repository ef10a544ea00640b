//===- ConstDynptrs.cpp - The dynptr a user ring buffer callback gets -----===//
//
// bpf_user_ringbuf_drain() calls its callback with R1 pointing to a dynptr
// the kernel built for the sample (the kernel's CONST_PTR_TO_DYNPTR, a local
// dynptr). Unlike a dynptr on the stack it has no slots: the register is the
// dynptr. The callback may read through it with the dynptr helpers and
// kfuncs, but only unmodified (check_func_arg_reg_off()), it holds no
// reference to release, it cannot become a new dynptr, and its bytes are
// no memory a load or store may touch (that falls out of MemoryAccess.cpp,
// which knows no such pointer). Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "Dynptrs.h"
#include "MemAccess.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

RegState analysis::constDynptr(TransferEnv &E) {
  RegState R = RegState::pointer(RegType::ConstDynptr);
  R.Id = E.newId(); // the dynptr's id, which its slices carry
  return R;
}

/// The dynptr R is, as a stack dynptr's first slot would describe it.
static DynptrSlot constDynptrSlot(const RegState &R) {
  DynptrSlot D;
  D.Type = DynptrKind::Local;
  D.First = true;
  D.Id = R.Id;
  return D;
}

bool analysis::checkConstDynptrHelperArg(TransferEnv &E, const RegState &R,
                                         int Regno, bool Uninit, bool Release,
                                         CallFacts &Facts) {
  if (!checkUnmodifiedPtr(E, static_cast<unsigned>(Regno), R))
    return false;
  if (Release)
    return E.reject("cannot release unowned const bpf_dynptr");
  if (Uninit)
    return E.reject("Dynptr has to be an uninitialized dynptr");
  // Every other dynptr argument of a helper is `const struct bpf_dynptr *`
  // (MEM_RDONLY), which a read-only dynptr may be.
  DynptrSlot D = constDynptrSlot(R);
  Facts.RefObjId = 0;
  Facts.Dynptr = D.Type;
  Facts.DynptrId = D.Id;
  return true;
}

bool analysis::checkConstDynptrKfuncArg(TransferEnv &E, const RegState &R,
                                        int Regno, bool Uninit,
                                        std::optional<DynptrSlot> &Found) {
  if (!checkUnmodifiedPtr(E, static_cast<unsigned>(Regno), R))
    return false;
  // A kfunc's dynptr argument is read-only when it is this pointer; an
  // `__uninit` one then has contradictory flags, which the kernel reports
  // as its own bug.
  if (Uninit)
    return E.unknown("the callback's read-only dynptr as an __uninit "
                     "argument (a verifier-internal error in the kernel)");
  Found = constDynptrSlot(R);
  return true;
}
