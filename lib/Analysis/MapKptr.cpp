//===- MapKptr.cpp - Kernel struct pointers stored in map values ----------===//
//
// A map value field tagged `__kptr` holds a referenced kernel struct
// pointer the map owns; `__kptr_untrusted` an unreferenced one. The kernel
// types such a field through the map value's BTF: a plain load yields a
// possibly NULL pointer, RCU-protected or untrusted (btf_ld_kptr_type()),
// a plain store is only allowed into an untrusted field and only of the
// field's type (map_kptr_match_type()), and ownership of a referenced one
// moves with bpf_kptr_xchg() alone (process_kptr_func()). Messages as the
// 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "HelperCall.h"
#include "LocalObjects.h"
#include "MemAccess.h"
#include "Messages.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {

/// The kernel's BTF_FIELDS_MAX: a value with more special fields than this
/// gets no record at all, which the engine does not model.
bool tooManyFields(TransferEnv &E, const bpf::MapDef &M) {
  if (M.KptrFields.size() + M.Fields.size() <= 11)
    return false;
  E.unknown("map '" + M.Name +
            "' has more than 11 special fields (kptrs, "
            "locks, timers), which the kernel does not record");
  return true;
}

/// The program-local struct a referenced kptr field points to, when the
/// target kernel's BTF has no struct of that name (btf_parse_kptr(): the
/// pointee is then the program's own, allocated with bpf_obj_new()).
const bpf::LocalType *localKptr(TransferEnv &E, const bpf::KptrField &F) {
  const struct btf *B = targetBtf(E);
  if (!B || F.Pointee.empty() || F.Kind != bpf::KptrField::Referenced ||
      model::btfFindStruct(B, F.Pointee))
    return nullptr;
  const bpf::LocalType *L = E.Prog.localTypeByName(F.Pointee);
  return L && L->BtfId && L->Unmodelled.empty() && localBtf(E) ? L : nullptr;
}

bool inRcuSection(TransferEnv &E, const VerifierState &S);

/// A plain load of a kptr to a program-allocated object (btf_ld_kptr_type()):
/// inside an RCU section a maybe-NULL MEM_ALLOC | MEM_RCU pointer, which
/// reads and writes the object but owns nothing.
bool loadLocalKptr(TransferEnv &E, Path &P, const MemAccess &A,
                   const bpf::LocalType &L) {
  for (const bpf::SpecialField &F : L.Fields)
    if (F.K == bpf::SpecialField::ListNode || F.K == bpf::SpecialField::RbNode)
      return E.unknown("a plain load of a kptr to a graph node "
                       "(a non-owning reference) is not modelled yet");
  if (!inRcuSection(E, P.State))
    return E.unknown("a plain load of a kptr to a program-allocated object "
                     "outside an RCU section is not modelled yet");
  if (A.Loaded) {
    *A.Loaded = allocObjPointer(L, MaybeNull | BtfRcu);
    A.Loaded->Id = E.newId();
  }
  return true;
}

/// The field's struct in the target kernel's BTF, 0 (and a verdict) when
/// the engine cannot type it: a program-local object (bpf_obj_new) or a
/// per-CPU kptr.
uint32_t kptrType(TransferEnv &E, const bpf::KptrField &F) {
  std::string At = " kptr field at offset " + std::to_string(F.Off);
  if (F.Kind == bpf::KptrField::Percpu) {
    E.unknown("the __percpu_kptr" + At + " is not modelled yet");
    return 0;
  }
  const struct btf *B = targetBtf(E);
  if (!B) {
    E.unknown("the" + At +
              " holds a kernel struct pointer, typed by the "
              "target kernel's BTF, which is not available "
              "(-verifiable-target-btf)");
    return 0;
  }
  uint32_t Id = F.Pointee.empty() ? 0 : model::btfFindStruct(B, F.Pointee);
  if (!Id)
    E.unknown("the" + At + " points to struct '" + F.Pointee +
              "', which is not a struct of the target kernel's BTF "
              "(program-local objects are not modelled yet)");
  return Id;
}

/// The kernel's rcu_protected_object() for kernel structs.
bool rcuProtected(const std::string &Struct) {
  return Struct == "task_struct" || Struct == "cgroup" ||
         Struct == "bpf_cpumask" || Struct == "bpf_crypto_ctx";
}

/// The kernel's in_rcu_cs().
bool inRcuSection(TransferEnv &E, const VerifierState &S) {
  return S.RcuLock || !E.Section.Sleepable;
}

/// The kernel's map_kptr_match_type(): may \p R be stored into \p F?
bool matchKptrType(TransferEnv &E, const bpf::KptrField &F, uint32_t Type,
                   const RegState &R, int Regno) {
  const struct btf *B = E.Btf;
  std::string Want = model::btfTypeName(B, Type);
  uint16_t Allowed = MaybeNull | BtfTrusted | BtfRcu;
  if (F.Kind == bpf::KptrField::Untrusted)
    Allowed |= BtfUntrusted;
  auto Bad = [&] {
    std::string Msg =
        "invalid kptr access, " + regName(Regno) + " type=" + R.typeName() +
        (R.Type == RegType::BtfId ? model::btfTypeName(B, R.BtfType)
                                  : std::string()) +
        " expected=ptr_" + Want;
    if (F.Kind == bpf::KptrField::Untrusted)
      Msg += " or untrusted_ptr_" + Want;
    return E.reject(Msg);
  };
  if (R.Type != RegType::BtfId || (R.Flags & ~Allowed))
    return Bad();
  if (!R.Var.isConst() || R.Var.constValue())
    return E.unknown("a kernel struct pointer with a variable offset stored "
                     "into a kptr field is not modelled yet");
  if (R.Off < 0)
    return E.reject("negative offset " + R.typeName() + " ptr " +
                    regName(Regno) + " off=" + std::to_string(R.Off) +
                    " disallowed");
  bool Strict = F.Kind != bpf::KptrField::Untrusted;
  bool Same = Strict ? model::btfStructIdsMatchStrict(B, R.BtfType, R.Off, Type)
                     : model::btfStructIdsMatch(B, R.BtfType, R.Off, Type);
  return Same || Bad();
}

} // namespace

/// Before 6.2 a kptr field's tags meant other things ("kptr" was
/// unreferenced, "kptr_ref" referenced, no "kptr_untrusted"): not modelled.
static bool kptrTagsModelled(TransferEnv &E) {
  if (E.Profile.has(model::KernelFeature::TrustedBtfPointers))
    return true;
  return E.unknown("kptr fields are not modelled for kernels before 6.2");
}

bool analysis::checkKptrAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                               const MemAccess &A, const bpf::KptrField &F) {
  if (!kptrTagsModelled(E))
    return false;
  if (tooManyFields(E, *Ptr.Map))
    return false;
  if (A.ByHelper)
    return E.reject("kptr cannot be accessed indirectly by helper");
  if (!Ptr.Var.isConst())
    return E.reject("kptr access cannot have variable offset");
  uint64_t At = A.Off + Ptr.Var.constValue();
  if (At != F.Off)
    return E.reject("kptr access misaligned expected=" + std::to_string(F.Off) +
                    " off=" + std::to_string(At));
  if (A.Size != 8)
    return E.reject("kptr access size must be BPF_DW");
  const bpf::Insn &I = E.Image.insn(P.Pc);
  if (I.mode() != bpf::BPF_MEM)
    return E.reject("kptr in map can only be accessed using BPF_MEM "
                    "instruction mode");
  bool Referenced = F.Kind != bpf::KptrField::Untrusted;
  if (A.IsWrite && Referenced)
    return E.reject("store to referenced kptr disallowed");
  if (const bpf::LocalType *L = localKptr(E, F))
    return loadLocalKptr(E, P, A, *L);
  uint32_t Type = kptrType(E, F);
  if (!Type)
    return false;
  if (A.IsWrite && A.ValueReg < 0)
    return I.Imm == 0 ||
           E.reject("BPF_ST imm must be 0 when storing to kptr at off=" +
                    std::to_string(F.Off));
  if (A.IsWrite) {
    const RegState &V = P.State.reg(A.ValueReg);
    return V.isKnownZero() || matchKptrType(E, F, Type, V, A.ValueReg);
  }
  uint16_t Flags = MaybeNull;
  if (Referenced && rcuProtected(F.Pointee) && inRcuSection(E, P.State))
    Flags |= BtfRcu;
  else
    Flags |= BtfUntrusted;
  if (A.Loaded) {
    *A.Loaded = btfPointer(Type, Flags);
    A.Loaded->Id = E.newId();
  }
  return true;
}

bool analysis::checkKptrXchgDest(TransferEnv &E, const RegState &R, int Regno,
                                 CallFacts &Facts) {
  if (!kptrTagsModelled(E))
    return false;
  if (R.Type != RegType::MapValue || R.maybeNull())
    return R.Type == RegType::BtfId
               ? E.unknown("bpf_kptr_xchg() into an allocated object is not "
                           "modelled yet")
               : rejectTypeMismatch(E, Regno, R, "map_value");
  if (!R.Var.isConst())
    return E.reject(regName(Regno) + " doesn't have constant offset. kptr "
                                     "has to be at the constant offset");
  const bpf::MapDef *M = R.Map;
  if (M && tooManyFields(E, *M))
    return false;
  if (!M || M->KptrFields.empty())
    return E.reject(regName(Regno) + " has no valid kptr");
  uint64_t At = R.Off + R.Var.constValue();
  for (const bpf::KptrField &F : M->KptrFields) {
    if (F.Off != At)
      continue;
    if (F.Kind == bpf::KptrField::Untrusted)
      return E.reject("off=" + std::to_string(At) +
                      " kptr isn't referenced kptr");
    Facts.Kptr = &F;
    return true;
  }
  return E.reject("off=" + std::to_string(At) + " doesn't point to kptr");
}

/// bpf_kptr_xchg()'s value when the field or the value is a program-local
/// object (the MEM_ALLOC case of check_reg_type() with
/// map_kptr_match_type()).
static bool checkLocalKptrXchgValue(TransferEnv &E, const RegState &R,
                                    int Regno, const bpf::KptrField &F,
                                    const bpf::LocalType *Field) {
  const bpf::LocalType *Value = localTypeOf(E, R);
  if (!isAllocObj(R) || !Value)
    return E.unknown("a " + R.typeName() +
                     " pointer exchanged into a kptr to a program-allocated "
                     "object is not modelled yet");
  // 6.18 has no case for a maybe-NULL, RCU or untrusted MEM_ALLOC register
  // in check_reg_type() (6.12 words it "verifier internal error: ...").
  if (R.maybeNull() || (R.Flags & (BtfRcu | BtfUntrusted)))
    return E.reject("verifier bug: invalid PTR_TO_BTF_ID register for type "
                    "match");
  std::string Want = Field ? Field->Name : F.Pointee;
  auto Bad = [&] {
    return E.reject("invalid kptr access, " + regName(Regno) + " type=" +
                    R.typeName() + Value->Name + " expected=ptr_" + Want);
  };
  if (R.Flags & MemPercpu)
    return Bad();
  if (R.Off < 0)
    return E.reject("negative offset " + R.typeName() + " ptr " +
                    regName(Regno) + " off=" + std::to_string(R.Off) +
                    " disallowed");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.reject("variable " + R.typeName() +
                    " access var_off=" + R.Var.Var.str() + " disallowed");
  if (!Field || Value->BtfId != Field->BtfId || R.Off)
    return Bad();
  if (!R.RefObjId)
    return E.reject(regName(Regno) +
                    " must be referenced when passed to release function");
  return true;
}

bool analysis::checkKptrXchgValue(TransferEnv &E, const RegState &R, int Regno,
                                  const CallFacts &Facts) {
  if (R.isKnownZero())
    return true;
  if (Facts.Kptr->Kind == bpf::KptrField::Referenced) {
    const bpf::LocalType *Field = localKptr(E, *Facts.Kptr);
    if (Field || isAllocObj(R)) {
      // A kernel field needs its struct typed first.
      if (!Field && !kptrType(E, *Facts.Kptr))
        return false;
      return checkLocalKptrXchgValue(E, R, Regno, *Facts.Kptr, Field);
    }
  }
  uint16_t Kind = R.Flags & (BtfTrusted | BtfUntrusted | BtfRcu);
  if (R.Type != RegType::BtfId || (Kind & BtfUntrusted) ||
      (Kind != 0 && Kind != BtfTrusted && Kind != BtfRcu))
    return rejectTypeMismatch(E, Regno, R, "ptr_, trusted_ptr_, rcu_ptr_");
  if (R.maybeNull())
    return E.reject("Possibly NULL pointer passed to helper arg" +
                    std::to_string(Regno));
  uint32_t Type = kptrType(E, *Facts.Kptr);
  return Type && matchKptrType(E, *Facts.Kptr, Type, R, Regno);
}

bool analysis::kptrXchgResult(TransferEnv &E, const CallFacts &Facts,
                              RegState &R0) {
  if (const bpf::LocalType *L = localKptr(E, *Facts.Kptr)) {
    R0 = allocObjPointer(*L, MaybeNull);
    return true;
  }
  uint32_t Type = kptrType(E, *Facts.Kptr);
  if (!Type)
    return false;
  R0 = btfPointer(Type, MaybeNull);
  return true;
}
