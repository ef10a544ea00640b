//===- LocalObjects.cpp - Objects the program allocates -------------------===//
//
// bpf_obj_new(struct foo) allocates an object of a struct of the program's
// own BTF and returns it as PTR_TO_BTF_ID | MEM_ALLOC: acquired, NULL until
// checked. The kernel lets the program read and write its plain fields
// within the struct (btf_struct_access() without flexible arrays; a pointer
// member reads as a number), refuses direct access to the fields it
// manages (`direct access to bpf_spin_lock is disallowed`), and takes the
// object back with bpf_obj_drop() (KF_ARG_PTR_TO_ALLOC_BTF_ID). The struct
// is found by the constant the CO-RE type-id-local relocation loads
// (Program::LocalTypes). Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "LocalObjects.h"
#include "Messages.h"
#include "References.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

const struct btf *analysis::localBtf(TransferEnv &E) {
  if (!E.LocalBtf && !E.Prog.LocalBtf.empty()) {
    struct btf *B = btf__new(E.Prog.LocalBtf.data(),
                             static_cast<uint32_t>(E.Prog.LocalBtf.size()));
    if (B && !libbpf_get_error(B))
      E.LocalBtf.reset(B, btf__free);
  }
  return E.LocalBtf.get();
}

const bpf::LocalType *analysis::localTypeOf(TransferEnv &E, const RegState &R) {
  if (!isAllocObj(R) || !R.BtfType)
    return nullptr;
  return E.Prog.localTypeByBtfId(R.BtfType);
}

RegState analysis::allocObjPointer(const bpf::LocalType &T, uint16_t Flags) {
  RegState R = RegState::pointer(RegType::BtfId, Flags | MemAlloc);
  R.BtfType = T.BtfId;
  return R;
}

bool analysis::isObjNewKfunc(const std::string &Name) {
  return Name == "bpf_obj_new_impl" || Name == "bpf_percpu_obj_new_impl";
}

bool analysis::isLocalObjectKfunc(const std::string &Name) {
  return isObjNewKfunc(Name) || Name == "bpf_obj_drop_impl" ||
         Name == "bpf_percpu_obj_drop_impl" ||
         Name == "bpf_refcount_acquire_impl";
}

namespace {

/// The kernel's btf_field_type_name() for a kptr field.
const char *kptrFieldName(const bpf::KptrField &F) {
  switch (F.Kind) {
  case bpf::KptrField::Referenced:
    return "kptr";
  case bpf::KptrField::Untrusted:
    return "kptr_untrusted";
  case bpf::KptrField::Percpu:
    return "percpu_kptr";
  }
  return "kptr";
}

/// The first field of the struct's record (by offset) the access overlaps.
const char *overlappedField(const bpf::LocalType &T, int Off, int Size) {
  struct Span {
    uint32_t Off, Size;
    const char *Name;
  };
  std::vector<Span> Spans;
  for (const bpf::SpecialField &F : T.Fields)
    Spans.push_back({F.Offset, F.Size, F.name()});
  for (const bpf::KptrField &F : T.Kptrs)
    Spans.push_back({F.Off, 8, kptrFieldName(F)});
  std::sort(Spans.begin(), Spans.end(),
            [](const Span &A, const Span &B) { return A.Off < B.Off; });
  for (const Span &S : Spans)
    if (Off < static_cast<int>(S.Off + S.Size) &&
        static_cast<int>(S.Off) < Off + Size)
      return S.Name;
  return nullptr;
}

} // namespace

bool analysis::checkAllocObjAccess(TransferEnv &E, const RegState &Ptr,
                                   const MemAccess &A) {
  const bpf::LocalType *T = localTypeOf(E, Ptr);
  const struct btf *B = localBtf(E);
  if (!T || !B)
    return E.unknown("access through a program-allocated object whose type "
                     "is not known");
  if (!T->Unmodelled.empty())
    return E.unknown(T->Unmodelled);
  std::string R = regName(A.Regno);
  const std::string &Name = T->Name;
  if (!E.privileged())
    return E.reject("'struct " + Name +
                    "' access is allowed only to CAP_PERFMON and "
                    "CAP_SYS_ADMIN");
  if (A.Off < 0)
    return E.reject(R + " is ptr_" + Name +
                    " invalid negative access: off=" + std::to_string(A.Off));
  if (!Ptr.Var.isConst() || Ptr.Var.constValue())
    return E.reject(R + " is ptr_" + Name + " invalid variable offset: off=" +
                    std::to_string(A.Off) + ", var_off=" + Ptr.Var.Var.str());
  if (Ptr.Flags & MemPercpu)
    return E.reject(R + " is ptr_" + Name +
                    " access percpu memory: off=" + std::to_string(A.Off));
  // An RCU one (a plain load of a local kptr) needs no reference; after
  // bpf_rcu_read_unlock() the kernel keeps MEM_ALLOC on an untrusted
  // pointer, a case its own checks call a verifier bug.
  if ((!Ptr.RefObjId && !(Ptr.Flags & (BtfRcu | NonOwnRef))) ||
      (Ptr.Flags & BtfUntrusted))
    return E.unknown("access through an unreferenced program-allocated "
                     "object is not modelled");
  int Size = static_cast<int>(A.Size);
  if (T->HasRecord)
    if (const char *Field = overlappedField(*T, A.Off, Size))
      return E.reject(std::string("direct access to ") + Field +
                      " is disallowed");
  model::BtfWalk W = model::btfStructAccess(B, T->BtfId, A.Off, Size,
                                            /*WalkFlexArrays=*/false);
  if (W.K == model::BtfWalk::Error)
    return E.reject(W.Message);
  // Whatever was read, a local object's field is a number to the kernel
  // (a pointer member too); the caller's unknown scalar stands.
  return true;
}

bool analysis::objNewResult(TransferEnv &E, Path &P, const KfuncCall &K,
                            RegState &R0) {
  bool Percpu = K.Name == "bpf_percpu_obj_new_impl";
  const RegState &R1 = P.State.reg(1);
  uint64_t V = R1.Var.constValue();
  if (V > 0xffffffffull)
    return E.reject("local type ID argument must be in range [0, U32_MAX]");
  const bpf::LocalType *T = E.Prog.localTypeByIdValue(V);
  if (!T)
    return E.unknown("the type id passed to " + K.Name +
                     " is not one a bpf_core_type_id_local() relocation "
                     "loads");
  if (!T->BtfId || !localBtf(E))
    return E.unknown(T->Unmodelled.empty()
                         ? "program-local type " + T->Name + " not encoded"
                         : T->Unmodelled);
  if (!T->IsStruct)
    return E.reject("bpf_obj_new/bpf_percpu_obj_new type ID argument must "
                    "be of a struct");
  if (!T->Unmodelled.empty())
    return E.unknown(T->Unmodelled);
  if (Percpu) {
    if (T->Size > 512)
      return E.reject("bpf_percpu_obj_new type size (" +
                      std::to_string(T->Size) + ") is greater than 512");
    if (!model::btfIsScalarStruct(localBtf(E), T->BtfId))
      return E.reject("bpf_percpu_obj_new type ID argument must be of a "
                      "struct of scalars");
    if (T->HasRecord)
      return E.reject("bpf_percpu_obj_new type ID argument must not contain "
                      "special fields");
  }
  R0 = allocObjPointer(*T, MaybeNull | (Percpu ? MemPercpu : 0));
  // KF_RET_NULL takes an id before the reference takes its own.
  E.newId();
  uint32_t Id = acquireReference(E, P.State, P.Pc);
  R0.Id = Id;
  R0.RefObjId = Id;
  return true;
}

bool analysis::checkAllocObjArg(TransferEnv &E, Path &P, KfuncCall &K,
                                int Regno) {
  const RegState &R = P.State.reg(Regno);
  std::string Arg = std::to_string(Regno - 1);
  std::string RName = regName(Regno);
  if (isAllocObj(R) && (R.Flags & NonOwnRef))
    return E.unknown("a non-owning reference passed to " + K.Name +
                     " is not modelled");
  // bpf_obj_drop() releases: its arguments are trusted ones.
  if (R.isKnownZero() || R.maybeNull())
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  if (R.RefObjId) {
    K.RefObjId = R.RefObjId;
    if (K.Info.has(model::KF_RELEASE))
      K.ReleaseRegno = Regno;
  }
  // is_trusted_reg(): MEM_RCU and PTR_UNTRUSTED are unsafe modifiers.
  bool Trusted = R.RefObjId ||
                 (isAllocObj(R) && !(R.Flags & (BtfRcu | BtfUntrusted))) ||
                 (R.Type == RegType::BtfId && (R.Flags & BtfTrusted) &&
                  !(R.Flags & (BtfUntrusted | BtfRcu)));
  if (!Trusted)
    return E.reject(RName + " must be referenced or trusted");
  if (!isAllocObj(R))
    return E.unknown("a " + R.typeName() + " pointer passed to " + K.Name +
                     " is not modelled");
  // check_func_arg_reg_off(), a release argument when referenced.
  if (R.RefObjId && R.Off)
    return E.reject(RName + " must have zero offset when passed to release "
                            "func or trusted arg to kfunc");
  if (R.Off < 0)
    return E.reject("negative offset " + R.typeName() + " ptr " + RName +
                    " off=" + std::to_string(R.Off) + " disallowed");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.reject("variable " + R.typeName() +
                    " access var_off=" + R.Var.Var.str() + " disallowed");
  bool Percpu = R.Flags & MemPercpu;
  if (!Percpu && K.Name != "bpf_obj_drop_impl")
    return E.reject("arg#" + Arg + " expected for bpf_obj_drop_impl()");
  if (Percpu && K.Name != "bpf_percpu_obj_drop_impl")
    return E.reject("arg#" + Arg + " expected for bpf_percpu_obj_drop_impl()");
  if (!R.RefObjId)
    return E.reject("allocated object must be referenced");
  return true;
}

bool analysis::checkRefcountedArg(TransferEnv &E, Path &P, KfuncCall &K,
                                  int Regno) {
  const RegState &R = P.State.reg(Regno);
  std::string Arg = std::to_string(Regno - 1);
  std::string RName = regName(Regno);
  // KF_RCU: NULL is refused before the argument's kind is looked at.
  if (R.isKnownZero() || R.maybeNull())
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  if (R.RefObjId)
    K.RefObjId = R.RefObjId;
  if (!isAllocObj(R)) {
    // check_func_arg_reg_off() passes these without a look at offsets.
    if (R.isPointer() && R.Type != RegType::MapValue &&
        R.Type != RegType::Stack)
      return E.unknown("a " + R.typeName() + " pointer passed to " + K.Name +
                       " is not modelled");
    return E.reject("arg#" + Arg + " is neither owning or non-owning ref");
  }
  if (R.Flags & MemPercpu)
    return E.unknown("a per-CPU object passed to " + K.Name +
                     " is not modelled");
  if (R.Off < 0)
    return E.reject("negative offset " + R.typeName() + " ptr " + RName +
                    " off=" + std::to_string(R.Off) + " disallowed");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.reject("variable " + R.typeName() +
                    " access var_off=" + R.Var.Var.str() + " disallowed");
  const bpf::LocalType *T = localTypeOf(E, R);
  bool NonOwning = R.Flags & NonOwnRef;
  if (!T || !T->HasRecord || !T->Unmodelled.empty() ||
      (!R.RefObjId && !NonOwning))
    return E.unknown("the object passed to " + K.Name + " is not modelled");
  bool HasRefcount = false;
  for (const bpf::SpecialField &F : T->Fields)
    HasRefcount |= F.K == bpf::SpecialField::Refcount;
  if (!HasRefcount)
    return E.reject("arg#" + Arg +
                    " doesn't point to a type with bpf_refcount field");
  K.RefcountedType = T;
  K.ArgOwningRef = !NonOwning && R.RefObjId;
  return true;
}

bool analysis::refcountAcquireResult(TransferEnv &E, Path &P,
                                     const KfuncCall &K, RegState &R0) {
  if (!K.RefcountedType)
    return E.unknown("the result of " + K.Name + " is not modelled");
  // An owning reference passed in makes the new one non-NULL
  // (is_kfunc_ret_null()); a non-owning one may be NULL.
  R0 = allocObjPointer(*K.RefcountedType, K.ArgOwningRef ? 0 : MaybeNull);
  if (!K.ArgOwningRef)
    E.newId();
  uint32_t Id = acquireReference(E, P.State, P.Pc);
  R0.RefObjId = Id;
  if (!K.ArgOwningRef)
    R0.Id = Id;
  return true;
}

bool analysis::refuseAllocObjArgs(TransferEnv &E, const VerifierState &S,
                                  int NumArgs, const std::string &Callee,
                                  int AllowedRegno) {
  for (int Regno = 1; Regno <= NumArgs && Regno <= 5; ++Regno)
    if (Regno != AllowedRegno && isAllocObj(S.reg(Regno)))
      return E.unknown("a program-allocated object passed to " + Callee +
                       " is not modelled yet");
  return true;
}
