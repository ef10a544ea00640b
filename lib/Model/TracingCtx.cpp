//===- TracingCtx.cpp - Contexts typed by the target kernel's BTF ---------===//
//
// Finds the attach target of a tp_btf, iter, fentry, fexit, fmod_ret or lsm
// program in the target BTF the way libbpf does, describes each argument
// slot (and the return value's, for fexit, fmod_ret and lsm) as the kernel's
// btf_ctx_access() would type it, and checks context loads against that
// description.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/TracingCtx.h"
#include "AttachTargets.h"
#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>

#include <cstring>

using namespace verifiable;
using namespace verifiable::model;

namespace {

struct NullArgsRow {
  const char *Name;
  uint64_t Mask;
};

constexpr NullArgsRow NullArgsRows[] = {
#define RAW_TP_NULL_ARGS(Name, Mask) {Name, Mask},
#include "RawTpNullArgs.def"
};

/// What an iterator registers for its context fields (ctx_arg_info):
/// pointers that may be NULL, trusted or not; buffers are not modelled.
struct IterArgRow {
  const char *Iter;
  const char *Field;
  bool Trusted;
  bool Buffer;
};

constexpr IterArgRow IterArgRows[] = {
    {"task", "task", true, false},       {"task_file", "task", false, false},
    {"task_file", "file", false, false}, {"task_vma", "task", false, false},
    {"task_vma", "vma", false, false},   {"bpf_map", "map", true, false},
    {"bpf_prog", "prog", false, false},  {"bpf_link", "link", false, false},
    {"cgroup", "cgroup", true, false},   {"tcp", "sk_common", true, false},
    {"udp", "udp_sk", true, false},      {"unix", "unix_sk", false, false},
    {"netlink", "sk", false, false},     {"ipv6_route", "rt", false, false},
    {"ksym", "ksym", false, false},
};

/// Map element iterators: the 6.18 kernel refuses to load them with EPERM
/// before verifying them (measured with bpf-kernel-check), so there is no
/// verdict to predict.
bool iterRefusedUnverified(std::string_view Iter) {
  return Iter == "bpf_map_elem" || Iter == "sockmap" ||
         Iter == "bpf_sk_storage_map";
}

/// Iterators whose every NULL-able field is in IterArgRows.
bool iterDescribed(std::string_view Iter) {
  for (const IterArgRow &R : IterArgRows)
    if (Iter == R.Iter)
      return true;
  return false;
}

const IterArgRow *iterArg(std::string_view Iter, std::string_view Field) {
  for (const IterArgRow &R : IterArgRows)
    if (Iter == R.Iter && Field == R.Field)
      return &R;
  return nullptr;
}

uint64_t nullArgsMask(std::string_view Tp) {
  for (const NullArgsRow &R : NullArgsRows)
    if (Tp == R.Name)
      return R.Mask;
  return 0;
}

/// The kernel's btf_type_str().
const char *kindStr(const struct btf_type *T) {
  static const char *const Names[] = {
      "UNKNOWN", "INT",      "PTR",      "ARRAY",      "STRUCT",
      "UNION",   "ENUM",     "FWD",      "TYPEDEF",    "VOLATILE",
      "CONST",   "RESTRICT", "FUNC",     "FUNC_PROTO", "VAR",
      "DATASEC", "FLOAT",    "DECL_TAG", "TYPE_TAG",   "ENUM64"};
  unsigned K = T ? btf_kind(T) : 0;
  return K < sizeof(Names) / sizeof(Names[0]) ? Names[K] : "UNKNOWN";
}

const struct btf_type *skipped(const struct btf *B, uint32_t Id) {
  return btf__type_by_id(B, btfSkipModifiers(B, Id));
}

bool hasSuffix(std::string_view S, std::string_view Suffix) {
  return S.size() >= Suffix.size() &&
         S.substr(S.size() - Suffix.size()) == Suffix;
}

TracingArg refused(std::string Message, bool Pointer) {
  TracingArg A;
  A.K = TracingArg::Refused;
  A.Message = std::move(Message);
  A.Type = Pointer;
  return A;
}

TracingArg unmodelled(std::string Why) {
  TracingArg A;
  A.K = TracingArg::Unmodelled;
  A.Message = std::move(Why);
  return A;
}

/// Argument \p Index (counted after a skipped first one) of \p Ctx.
TracingArg describeArg(const struct btf *B, const TracingCtx &Ctx,
                       const SectionInfo &Info, std::string_view Target,
                       const struct btf_param &P, unsigned Index) {
  const struct btf_type *T = skipped(B, P.type);
  std::string Arg = "func '" + Ctx.Func + "' arg" + std::to_string(Index);
  if (!T)
    return unmodelled(Arg + " has no type");
  if ((btf_is_int(T) && T->size <= 8) || btf_is_any_enum(T) ||
      btf_is_composite(T))
    return TracingArg();
  if (!btf_is_ptr(T))
    return refused(Arg + " '" + btfTypeName(B, btfSkipModifiers(B, P.type)) +
                       "' has type " + kindStr(T) +
                       ". Only pointer access is allowed",
                   false);
  const char *Name = btf__name_by_offset(B, P.name_off);
  std::string_view PName = Name ? Name : "";
  bool Iter = Info.Attach == AttachType::TraceIter;
  const IterArgRow *Reg = Iter ? iterArg(Target, PName) : nullptr;
  if (Reg && Reg->Buffer)
    return unmodelled("the buffer in field '" + std::string(PName) +
                      "' of iterator '" + std::string(Target) + "'");
  if (T->type == 0)
    return TracingArg();
  const struct btf_type *Pointee = btf__type_by_id(B, T->type);
  if (Pointee && btf_is_type_tag(Pointee))
    return unmodelled(Arg + " carries the BTF type tag '" +
                      btfTypeName(B, T->type) + "'");
  const struct btf_type *S = skipped(B, T->type);
  if (S && btf_is_int(S))
    return TracingArg();
  if (!S || !btf_is_composite(S))
    return unmodelled(Arg + " points to a " + kindStr(S) +
                      ", which kernels read differently");
  TracingArg A;
  A.K = TracingArg::BtfPtr;
  A.Type = btfSkipModifiers(B, T->type);
  A.Trusted = Ctx.ArgsTrusted;
  A.MaybeNull = hasSuffix(PName, "__nullable") ||
                (Index < 64 && (Ctx.NullableArgs >> Index) & 1);
  if (Ctx.PromoteFrom && A.Type == Ctx.PromoteFrom)
    A.Type = Ctx.PromoteTo;
  if (Reg) {
    A.Trusted = Reg->Trusted;
    A.MaybeNull = true;
  }
  if (Info.Attach == AttachType::TraceRawTp) {
    uint64_t Mask = nullArgsMask(Target);
    if (Mask & (0x1ULL << (Index * 4)))
      A.MaybeNull = true;
    if (Mask & (0x2ULL << (Index * 4)))
      return TracingArg(); // may encode an error: a number
  }
  return A;
}

/// The return value's slot of an fexit or fmod_ret program: fmod_ret may
/// only read an integer there.
TracingArg describeRet(const struct btf *B, const TracingCtx &Ctx,
                       const SectionInfo &Info, const struct btf_type *Proto) {
  const struct btf_type *T = skipped(B, Proto->type);
  if (Info.Attach == AttachType::ModifyReturn &&
      !(T && btf_is_int(T) && T->size <= 8))
    return refused(std::string("ret type ") + kindStr(T) +
                       " not allowed for fmod_ret",
                   false);
  struct btf_param P = {0, Proto->type};
  TracingArg A = describeArg(B, Ctx, Info, "", P, btf_vlen(Proto));
  if (A.K == TracingArg::Scalar && Ctx.Ret == TracingCtx::RetRange32) {
    A.Ranged = true;
    A.Min = Ctx.RetMin;
    A.Max = Ctx.RetMax;
  }
  return A;
}

/// The prototype of the tp_btf or iter target, or 0 with \p Why set.
uint32_t findTarget(const struct btf *B, const SectionInfo &Info,
                    std::string_view Target, TracingCtx &Ctx,
                    std::string &Why) {
  bool Tp = Info.Attach == AttachType::TraceRawTp;
  std::string Name = (Tp ? "btf_trace_" : "bpf_iter_") + std::string(Target);
  int Id = btf__find_by_name_kind(B, Name.c_str(),
                                  Tp ? BTF_KIND_TYPEDEF : BTF_KIND_FUNC);
  if (Id <= 0) {
    Why = "attach target '" + std::string(Target) + "' (" +
          (Tp ? "typedef " : "function ") + Name +
          ") is not in the target kernel's BTF";
    return 0;
  }
  const struct btf_type *T = btf__type_by_id(B, static_cast<uint32_t>(Id));
  if (Tp) {
    T = btf__type_by_id(B, T->type);
    if (!T || !btf_is_ptr(T)) {
      Why = Name + " is not a pointer typedef";
      return 0;
    }
  }
  uint32_t Proto = T->type;
  T = btf__type_by_id(B, Proto);
  if (!T || !btf_is_func_proto(T)) {
    Why = Name + " has no function prototype";
    return 0;
  }
  Ctx.Func = Tp ? std::string(Target) : Name;
  Ctx.SkipFirst = Tp;
  Ctx.ArgsTrusted = true; // prog_args_trusted()
  if (Tp && btf_vlen(T) == 0) {
    Why = Name + " has no arguments";
    return 0;
  }
  return Proto;
}

/// The attach target's prototype, for every attach type described.
uint32_t findAnyTarget(const struct btf *B, const SectionInfo &Info,
                       std::string_view Target, const StructOpsRef *Ops,
                       TracingCtx &Ctx, std::string &Why) {
  bool Lsm = Info.Type == ProgType::Lsm;
  bool StructOps = Info.Type == ProgType::StructOps;
  if (!isTrampolineAttach(Info) && !Lsm && !StructOps)
    return findTarget(B, Info, Target, Ctx, Why);
  AttachTarget T;
  bool Found =
      StructOps ? findStructOpsTarget(B, Info, Ops->Struct, Ops->Member, T, Why)
      : Lsm     ? findLsmTarget(B, Info, Target, T, Why)
                : findTrampolineTarget(B, Info, Target, T, Why);
  if (!Found)
    return 0;
  if (StructOps)
    Ctx.StructOps = std::string(Ops->Struct);
  Ctx.NullableArgs = T.NullableArgs;
  Ctx.PromoteFrom = T.PromoteFrom;
  Ctx.PromoteTo = T.PromoteTo;
  Ctx.Refused = T.Refused;
  Ctx.Ret = static_cast<TracingCtx::RetRule>(T.Ret);
  Ctx.RetMin = T.RetMin;
  Ctx.RetMax = T.RetMax;
  Ctx.Func = T.Func;
  Ctx.SkipFirst = T.SkipFirst;
  Ctx.ArgsTrusted = T.Trusted;
  Ctx.RetSlot = T.RetSlot;
  return T.Proto;
}

} // namespace

bool model::isBtfCtxModeled(const SectionInfo &Info) {
  return (Info.Type == ProgType::Tracing &&
          (Info.Attach == AttachType::TraceRawTp ||
           Info.Attach == AttachType::TraceIter)) ||
         isTrampolineAttach(Info) || Info.Type == ProgType::Lsm ||
         Info.Type == ProgType::StructOps;
}

std::optional<TracingCtx> model::tracingContext(const struct btf *B,
                                                const SectionInfo &Info,
                                                std::string_view Section,
                                                std::string &Why,
                                                const StructOpsRef *Ops) {
  if (!isBtfCtxModeled(Info)) {
    Why = "the context of this attach type is not modelled";
    return std::nullopt;
  }
  if (!Section.empty() && Section.front() == '?')
    Section.remove_prefix(1);
  size_t Slash = Section.find('/');
  std::string_view Target =
      Slash == std::string_view::npos ? "" : Section.substr(Slash + 1);
  if (Info.Type == ProgType::StructOps) {
    if (!Ops) {
      Why = "no .struct_ops variable stores the program";
      return std::nullopt;
    }
    Target = Ops->Member;
  }
  if (Target.empty()) {
    Why = "section '" + std::string(Section) + "' names no attach target";
    return std::nullopt;
  }
  bool Iter = Info.Attach == AttachType::TraceIter;
  if (Iter && iterRefusedUnverified(Target)) {
    Why = "iterator '" + std::string(Target) +
          "': the 6.18 kernel refuses map element iterators before verifying "
          "them (EPERM)";
    return std::nullopt;
  }
  if (Iter && !iterDescribed(Target)) {
    Why = "the context of iterator '" + std::string(Target) +
          "' is not described yet";
    return std::nullopt;
  }
  TracingCtx Ctx;
  Ctx.Proto = findAnyTarget(B, Info, Target, Ops, Ctx, Why);
  if (!Ctx.Proto)
    return std::nullopt;
  const struct btf_type *Proto = btf__type_by_id(B, Ctx.Proto);
  const struct btf_param *Params = btf_params(Proto);
  for (unsigned I = Ctx.SkipFirst; I < btf_vlen(Proto); ++I)
    Ctx.Args.push_back(
        describeArg(B, Ctx, Info, Target, Params[I], I - Ctx.SkipFirst));
  if (Ctx.RetSlot && Proto->type)
    Ctx.Args.push_back(describeRet(B, Ctx, Info, Proto));
  return Ctx;
}

/// The kernel's btf_ctx_arg_idx(): slots are counted over the whole
/// prototype, a struct argument taking as many as its size needs.
static unsigned ctxArgIndex(const struct btf *B, const struct btf_type *Proto,
                            int Off) {
  unsigned N = btf_vlen(Proto);
  int64_t End = 0;
  auto SlotBytes = [&](uint32_t Id) -> int64_t {
    const struct btf_type *T = skipped(B, Id);
    if (!T || Id == 0)
      return 0;
    return btf_is_ptr(T) ? 8 : (static_cast<int64_t>(T->size) + 7) / 8 * 8;
  };
  for (unsigned I = 0; I < N; ++I) {
    End += SlotBytes(btf_params(Proto)[I].type);
    if (Off < End)
      return I;
  }
  End += SlotBytes(Proto->type);
  return Off < End ? N : N + 1;
}

TracingCtxAccess model::checkTracingCtxAccess(const struct btf *B,
                                              const TracingCtx &Ctx, int Off,
                                              int Size, bool IsWrite) {
  TracingCtxAccess R;
  if (Off < 0 || Off >= 8 * 12 || IsWrite || Size <= 0 || Off % Size)
    return R;
  std::string Func = "func '" + Ctx.Func + "' ";
  if (Off % 8) {
    R.Message =
        Func + "offset " + std::to_string(Off) + " is not multiple of 8";
    return R;
  }
  unsigned Arg = ctxArgIndex(B, btf__type_by_id(B, Ctx.Proto), Off);
  if (Arg >= Ctx.Args.size()) {
    R.Message =
        Func + "doesn't have " + std::to_string(Arg + 1) + "-th argument";
    return R;
  }
  const TracingArg &A = Ctx.Args[Arg];
  bool Pointer = A.K == TracingArg::BtfPtr || A.K == TracingArg::Unmodelled ||
                 (A.K == TracingArg::Refused && A.Type);
  if (A.K == TracingArg::Refused && !Pointer) {
    R.Message = A.Message;
    return R;
  }
  if (Pointer && Size != 8) {
    R.Message = Func + "size " + std::to_string(Size) + " must be 8";
    return R;
  }
  switch (A.K) {
  case TracingArg::Refused:
    R.Message = A.Message;
    return R;
  case TracingArg::Unmodelled:
    R.Status = TracingCtxAccess::Unmodelled;
    R.Message = A.Message;
    return R;
  default:
    R.Status = TracingCtxAccess::Allowed;
    R.Loaded = A;
    return R;
  }
}
