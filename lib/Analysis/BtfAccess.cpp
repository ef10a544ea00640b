//===- BtfAccess.cpp - Kernel struct pointers in the engine ---------------===//
//
// What the kernel checks before it walks a kernel struct (privilege,
// license, offsets, writes), the walk itself (lib/Model), and the trust the
// loaded pointer keeps: the kernel trusts a pointer read from a trusted one
// only for fields its BTF lists as safe (`<struct>__safe_trusted`, ...).
// Also the BTF-typed contexts of tp_btf and iterator programs.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Messages.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/MapTypes.h"
#include "verifiable/Model/ProgTypes.h"
#include "verifiable/Model/StructOpsWrites.h"
#include "verifiable/Model/TracingCtx.h"

using namespace verifiable;
using namespace verifiable::analysis;

RegState analysis::btfPointer(uint32_t Type, uint16_t Flags) {
  RegState R = RegState::pointer(RegType::BtfId, Flags);
  R.BtfType = Type;
  return R;
}

namespace {

/// The flags of a pointer read through \p Base at field \p W (the flag
/// rules at the end of check_ptr_to_btf_access()). Measured on 6.18: a
/// pointer read from a field the kernel does not list as safe is
/// untrusted, whatever the base (older kernels left it a plain ptr_).
uint8_t loadedFlags(TransferEnv &E, const RegState &Base,
                    const model::BtfWalk &W) {
  uint16_t Flags = W.ThroughUnion ? BtfUntrusted : 0;
  bool TagRcu = W.Tag == "rcu";
  bool Trusted = (Base.Flags & BtfTrusted) || Base.RefObjId;
  if ((Base.Flags & BtfUntrusted) || (!Trusted && !(Base.Flags & BtfRcu)))
    return BtfUntrusted;
  auto Safe = [&](const char *Suffix) {
    return model::btfNestedTypeIsTrusted(E.Btf, Base.BtfType, W.Field,
                                         W.NextType, Suffix);
  };
  if (Safe("__safe_trusted"))
    return Flags | BtfTrusted;
  if (Safe("__safe_trusted_or_null"))
    return Flags | BtfTrusted | MaybeNull;
  bool InRcu = !E.Section.Sleepable;
  if (!InRcu)
    return BtfUntrusted;
  if (Safe("__safe_rcu"))
    return Flags | BtfRcu;
  bool RcuOrNull = Safe("__safe_rcu_or_null");
  if (TagRcu || RcuOrNull) {
    Flags |= BtfRcu | MaybeNull;
    if (RcuOrNull)
      Flags &= ~BtfUntrusted;
    return Flags;
  }
  return BtfUntrusted;
}

/// Whether a write through a kernel struct pointer is refused with "only
/// read is supported": in every program type without a btf_struct_access()
/// of its own. tc and XDP programs have conntrack's
/// (checkConntrackWrite()); struct_ops types have their own
/// (checkStructOpsWrite()).
bool writesRefused(TransferEnv &E) {
  switch (E.Section.Type) {
  case model::ProgType::StructOps:
    return false;
  default:
    return true;
  }
}

std::string structName(TransferEnv &E, const RegState &Ptr) {
  return model::btfTypeName(E.Btf, Ptr.BtfType);
}

/// A write through a trusted kernel struct pointer in a struct_ops
/// program: the struct_ops type's own rules.
bool checkStructOpsWrite(TransferEnv &E, const RegState &Ptr,
                         const MemAccess &A) {
  if (Ptr.Flags & (BtfUntrusted | BtfRcu))
    return E.unknown("a write through a " + Ptr.typeName() +
                     " pointer in a struct_ops program is not modelled yet");
  model::StructOpsWrite W = model::structOpsWrite(E.Btf, E.Tracing->StructOps,
                                                  Ptr.BtfType, A.Off, A.Size);
  if (W.Status == model::StructOpsWrite::Unmodelled)
    return E.unknown(W.Message);
  if (W.Status == model::StructOpsWrite::Refused)
    return E.reject(W.Message);
  return true;
}

} // namespace

/// A read of \p A through \p Ptr, a pointer to struct \p Name: the
/// kernel's btf_struct_access() and the register it loads.
static bool readBtfStruct(TransferEnv &E, const RegState &Ptr,
                          const MemAccess &A, const std::string &Name) {
  model::BtfWalk W = model::btfStructAccess(E.Btf, Ptr.BtfType, A.Off,
                                            static_cast<int>(A.Size));
  if (W.K == model::BtfWalk::Error)
    return E.reject(W.Message);
  if (!A.Loaded || W.K == model::BtfWalk::Scalar)
    return true;
  if (W.K == model::BtfWalk::UntrustedMem) {
    *A.Loaded = RegState::pointer(RegType::Mem, ReadOnly | BtfUntrusted);
    return true;
  }
  if (W.Tag == "user" || W.Tag == "percpu")
    return E.unknown("a __" + W.Tag + " pointer field of struct " + Name +
                     " is not modelled yet");
  *A.Loaded = btfPointer(W.NextType, loadedFlags(E, Ptr, W));
  if (A.Loaded->maybeNull())
    A.Loaded->Id = E.newId();
  return true;
}

bool analysis::checkBtfPtrAccess(TransferEnv &E, const RegState &Ptr,
                                 const MemAccess &A) {
  if (!E.Btf || !Ptr.BtfType)
    return E.unknown("access through a " + Ptr.typeName() +
                     " pointer whose kernel type is not known");
  std::string R = regName(A.Regno);
  std::string Name = structName(E, Ptr);
  if (!E.privileged())
    return E.reject("'struct " + Name +
                    "' access is allowed only to CAP_PERFMON and "
                    "CAP_SYS_ADMIN");
  if (!E.Prog.isGPLCompatible())
    return E.reject("Cannot access kernel 'struct " + Name +
                    "' from non-GPL compatible program");
  if (A.Off < 0)
    return E.reject(R + " is ptr_" + Name +
                    " invalid negative access: off=" + std::to_string(A.Off));
  if (!Ptr.Var.isConst() || Ptr.Var.constValue())
    return E.reject(R + " is ptr_" + Name + " invalid variable offset: off=" +
                    std::to_string(A.Off) + ", var_off=" + Ptr.Var.Var.str());
  // struct_ops types judge every write with their own btf_struct_access().
  if (A.IsWrite && E.Section.Type == model::ProgType::StructOps && E.Tracing)
    return checkStructOpsWrite(E, Ptr, A);
  if (A.IsWrite && hasConntrackWriteHook(E))
    return checkConntrackWrite(E, Ptr, A);
  if (A.IsWrite && !(Ptr.Flags & BtfUntrusted) && !writesRefused(E))
    return E.unknown("a write to struct " + Name +
                     " through a kernel struct pointer is not modelled yet");
  if (A.IsWrite)
    return E.reject("only read is supported");
  return readBtfStruct(E, Ptr, A, Name);
}

bool analysis::checkMapPtrAccess(TransferEnv &E, const RegState &Ptr,
                                 const MemAccess &A) {
  const bpf::MapDef *M = Ptr.Map;
  if (!M)
    return E.unknown("access through a pointer to an unknown map");
  const char *Struct =
      model::mapKernelStruct(static_cast<model::MapType>(M->Type));
  if (!Struct)
    return E.reject("map_ptr access not supported for map type " +
                    std::to_string(M->Type));
  const struct btf *B = targetBtf(E);
  uint32_t Id = B ? model::btfFindStruct(B, Struct) : 0;
  if (!Id)
    return E.unknown(std::string("access through a map pointer without a "
                                 "target BTF that has struct ") +
                     Struct);
  if (!E.privileged())
    return E.reject(std::string("'struct ") + Struct +
                    "' access is allowed only to CAP_PERFMON and "
                    "CAP_SYS_ADMIN");
  if (A.Off < 0)
    return E.reject(regName(A.Regno) + " is " + Struct +
                    " invalid negative access: off=" + std::to_string(A.Off));
  if (A.IsWrite)
    return E.reject(std::string("only read from ") + Struct + " is supported");
  // Read as through a plain pointer to the map's struct.
  return readBtfStruct(E, btfPointer(Id, 0), A, Struct);
}

bool analysis::checkTracingCtxAccess(TransferEnv &E, const MemAccess &A) {
  int Size = static_cast<int>(A.Size);
  model::TracingCtxAccess C =
      model::checkTracingCtxAccess(E.Btf, *E.Tracing, A.Off, Size, A.IsWrite);
  if (C.Status == model::TracingCtxAccess::Unmodelled)
    return E.unknown("context of " + E.Tracing->Func + ": " + C.Message +
                     " is not modelled yet");
  if (C.Status == model::TracingCtxAccess::Refused)
    return E.reject(!C.Message.empty() ? C.Message
                                       : "invalid bpf_context access off=" +
                                             std::to_string(A.Off) +
                                             " size=" + std::to_string(Size));
  if (A.Loaded && C.Loaded.Ranged) {
    // An LSM hook's return value (__mark_reg_s32_range()).
    domain::Scalar V;
    V.SMin = V.S32Min = C.Loaded.Min;
    V.SMax = V.S32Max = C.Loaded.Max;
    V.sync();
    *A.Loaded = RegState::scalar(V);
    return true;
  }
  if (!A.Loaded || C.Loaded.K != model::TracingArg::BtfPtr)
    return true;
  uint16_t Flags = (C.Loaded.Trusted ? BtfTrusted : 0) |
                   (C.Loaded.MaybeNull ? MaybeNull : 0);
  *A.Loaded = btfPointer(C.Loaded.Type, Flags);
  if (A.Loaded->maybeNull())
    A.Loaded->Id = E.newId();
  return true;
}

const struct btf *analysis::targetBtf(TransferEnv &E) {
  if (!E.Btf && E.Opts.TargetBtf)
    E.Btf = E.Opts.TargetBtf->get();
  return E.Btf;
}

bool analysis::checkBtfIdArg(TransferEnv &E, const RegState &R, int Regno,
                             const char *Struct, bool OrNull) {
  if (OrNull && R.isKnownZero())
    return true;
  uint8_t Kind = R.Flags & (BtfTrusted | BtfUntrusted | BtfRcu);
  bool NullOk = OrNull || !R.maybeNull();
  if (R.Type != RegType::BtfId || !NullOk ||
      (Kind != 0 && Kind != BtfTrusted && Kind != BtfRcu))
    return rejectTypeMismatch(E, Regno, R, "ptr_, trusted_ptr_, rcu_ptr_");
  if (!Struct)
    return true;
  const struct btf *B = targetBtf(E);
  uint32_t Need = B ? model::btfFindStruct(B, Struct) : 0;
  if (!Need)
    return E.unknown(std::string("struct ") + Struct +
                     " is not in the target kernel's BTF");
  if (!R.Var.isConst() || R.Var.constValue())
    return E.unknown("a kernel struct pointer with a variable offset passed "
                     "to a helper is not modelled yet");
  if (!model::btfStructIdsMatch(B, R.BtfType, R.Off, Need))
    return E.reject(regName(Regno) + " is of type " +
                    model::btfTypeName(B, R.BtfType) + " but " + Struct +
                    " is expected");
  return true;
}

bool analysis::btfIdResult(TransferEnv &E, const char *Helper,
                           const char *Struct, uint16_t Flags, RegState &R0) {
  const struct btf *B = targetBtf(E);
  std::string Name = std::string("bpf_") + Helper;
  if (!B)
    return E.unknown(Name + " returns a kernel struct pointer: " +
                     (E.Opts.TargetBtf ? E.Opts.TargetBtf->problem()
                                       : "no target kernel BTF was given") +
                     " (-verifiable-target-btf)");
  uint32_t Id = Struct ? model::btfFindStruct(B, Struct) : 0;
  if (!Id)
    return E.unknown(Name + " returns struct " + (Struct ? Struct : "?") +
                     ", which is not in the target kernel's BTF");
  R0 = btfPointer(Id, Flags);
  return true;
}

bool analysis::checkPercpuBtfIdArg(TransferEnv &E, const RegState &R,
                                   int Regno) {
  // Per-CPU kernel struct pointers come only from typed __ksym variables,
  // which are not modelled past their address check: any register here is
  // of another kind.
  return rejectTypeMismatch(
      E, Regno, R, "percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_");
}

bool analysis::checkTypedKsymAddresses(TransferEnv &E) {
  for (int Pc = 0; Pc < E.Image.size(); ++Pc) {
    const bpf::Insn &I = E.Image.insn(Pc);
    if (!I.isLdImm64() || I.Ref.K != bpf::SymbolRef::Ksym)
      continue;
    const bpf::KsymVar *K = E.Prog.findKsym(I.Ref.Name);
    if (!K || !K->Typed || K->InKernel == bpf::KsymVar::Absent ||
        K->InKallsyms != bpf::KsymVar::Absent)
      continue;
    E.Out.setStopPc(Pc);
    E.note(Pc, "the kernel looks the variable's address up in its symbol "
               "table, which lists data symbols only with "
               "CONFIG_KALLSYMS_ALL");
    return E.reject("ldimm64 failed to find the address for kernel symbol '" +
                    I.Ref.Name + "'.");
  }
  return true;
}
