//===- Helpers.cpp - The helper prototype table ---------------------------===//
//
// Builds the prototype table from Helpers.def and HelperVariants.def once,
// and answers lookups by id, name and variant key.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Helpers.h"

#include <vector>

namespace verifiable {
namespace model {

namespace {

enum HelperFlags : unsigned {
  HF_NONE = 0,
  HF_GPL = 1u << 0,
  HF_PKT = 1u << 1,
  HF_PKTDATA = 1u << 2,
  HF_SLEEP = 1u << 3,
  HF_ACQ = 1u << 4,
  HF_CAST = 1u << 5,
  HF_CBSYNC = 1u << 6,
  HF_CBASYNC = 1u << 7,
  HF_RESTRICTED = 1u << 8,
};

HelperProto makeProto(unsigned Id, const char *Name, RetType Ret, ArgType A1,
                      ArgType A2, ArgType A3, ArgType A4, ArgType A5,
                      unsigned Flags, int ReleasedArg,
                      const char *Variant = nullptr) {
  HelperProto P{};
  P.Id = Id;
  P.Name = Name;
  P.Modeled = true;
  P.Ret = Ret;
  P.Args[0] = A1;
  P.Args[1] = A2;
  P.Args[2] = A3;
  P.Args[3] = A4;
  P.Args[4] = A5;
  P.GplOnly = Flags & HF_GPL;
  P.PktAccess = Flags & HF_PKT;
  P.ChangesPktData = Flags & HF_PKTDATA;
  P.MightSleep = Flags & HF_SLEEP;
  P.Acquires = Flags & HF_ACQ;
  P.CastsSocket = Flags & HF_CAST;
  P.RestrictedByTarget = Flags & HF_RESTRICTED;
  P.ReleasesArg = ReleasedArg;
  P.Callback = (Flags & HF_CBSYNC)    ? CallbackKind::Sync
               : (Flags & HF_CBASYNC) ? CallbackKind::Async
                                      : CallbackKind::None;
  P.Variant = Variant;
  return P;
}

HelperProto makeUnmodeled(unsigned Id, const char *Name) {
  HelperProto P{};
  P.Id = Id;
  P.Name = Name;
  P.Modeled = false;
  P.ReleasesArg = -1;
  return P;
}

struct HelperTable {
  /// Indexed by helper id; entry 0 is unused.
  std::vector<HelperProto> ById;
  std::vector<HelperProto> Variants;

  HelperTable() {
    ById.resize(BPF_FUNC_MaxId);
#define HELPER(Id, Name, Ret, A1, A2, A3, A4, A5, Flags, ReleasedArg)          \
  ById[Id] =                                                                   \
      makeProto(Id, #Name, RetType::Ret, ArgType::A1, ArgType::A2,             \
                ArgType::A3, ArgType::A4, ArgType::A5, Flags, ReleasedArg);
#define HELPER_UNMODELED(Id, Name) ById[Id] = makeUnmodeled(Id, #Name);
#define HELPER_ARG_SIZE(Id, ArgIndex, Bytes) ById[Id].ArgSize[ArgIndex] = Bytes;
#define HELPER_BTF(Id, ArgIndex, StructName)                                   \
  setBtf(ById[Id], ArgIndex, StructName);
#include "verifiable/Model/Helpers.def"

#define HELPER_VARIANT(Key, Id, Ret, A1, A2, A3, A4, A5, Flags, ReleasedArg)   \
  Variants.push_back(makeProto(Id, ById[Id].Name, RetType::Ret, ArgType::A1,   \
                               ArgType::A2, ArgType::A3, ArgType::A4,          \
                               ArgType::A5, Flags, ReleasedArg, #Key));
#define HELPER_VARIANT_BTF(Key, ArgIndex, StructName)                          \
  setBtf(*findVariant(#Key), ArgIndex, StructName);
#include "HelperVariants.def"
  }

  static void setBtf(HelperProto &P, int ArgIndex, const char *StructName) {
    if (ArgIndex < 0)
      P.RetBtf = StructName;
    else
      P.ArgBtf[ArgIndex] = StructName;
  }

  HelperProto *findVariant(std::string_view Key) {
    for (HelperProto &P : Variants)
      if (Key == P.Variant)
        return &P;
    return nullptr;
  }
};

const HelperTable &table() {
  static const HelperTable Table;
  return Table;
}

} // namespace

unsigned HelperProto::numArgs() const {
  unsigned N = 0;
  while (N < MaxHelperArgs && Args[N] != ArgType::DontCare)
    ++N;
  return N;
}

int HelperProto::callbackArg() const {
  for (unsigned I = 0; I < MaxHelperArgs; ++I)
    if (Args[I] == ArgType::PtrToFunc)
      return static_cast<int>(I);
  return -1;
}

const HelperProto *findHelper(unsigned Id) {
  if (Id == 0 || Id >= BPF_FUNC_MaxId)
    return nullptr;
  return &table().ById[Id];
}

const HelperProto *findHelper(std::string_view Name) {
  if (Name.substr(0, 4) == "bpf_")
    Name.remove_prefix(4);
  for (const HelperProto &P : table().ById)
    if (P.Name && Name == P.Name)
      return &P;
  return nullptr;
}

const HelperProto *findHelperVariant(std::string_view Key) {
  for (const HelperProto &P : table().Variants)
    if (Key == P.Variant)
      return &P;
  return nullptr;
}

std::string helperDisplayName(unsigned Id) {
  if (Id == 0)
    return "bpf_unspec";
  if (const HelperProto *P = findHelper(Id))
    return std::string("bpf_") + P->Name;
  return "unknown";
}

unsigned numModeledHelpers() {
  unsigned N = 0;
  for (const HelperProto &P : table().ById)
    if (P.Name && P.Modeled)
      ++N;
  return N;
}

const char *argTypeName(ArgType T) {
  switch (T) {
#define NAME(X)                                                                \
  case ArgType::X:                                                             \
    return #X;
    NAME(DontCare)
    NAME(Anything)
    NAME(Scalar)
    NAME(ConstMapPtr)
    NAME(PtrToMapKey)
    NAME(PtrToMapValue)
    NAME(PtrToMapValueOrNull)
    NAME(PtrToUninitMapValue)
    NAME(PtrToMem)
    NAME(PtrToMemOrNull)
    NAME(PtrToMemWrite)
    NAME(PtrToReadonlyMem)
    NAME(PtrToReadonlyMemOrNull)
    NAME(PtrToUninitMem)
    NAME(PtrToFixedSizeMem)
    NAME(PtrToLong)
    NAME(PtrToInt)
    NAME(ConstSize)
    NAME(ConstSizeOrZero)
    NAME(ConstAllocSizeOrZero)
    NAME(PtrToCtx)
    NAME(PtrToCtxOrNull)
    NAME(PtrToSpinLock)
    NAME(PtrToSockCommon)
    NAME(PtrToSocket)
    NAME(PtrToSocketOrNull)
    NAME(PtrToBtfId)
    NAME(PtrToBtfIdOrNull)
    NAME(PtrToBtfIdSockCommon)
    NAME(PtrToBtfIdSockCommonOrNull)
    NAME(PtrToPercpuBtfId)
    NAME(PtrToAllocMem)
    NAME(PtrToFunc)
    NAME(PtrToStack)
    NAME(PtrToStackOrNull)
    NAME(PtrToConstStr)
    NAME(PtrToTimer)
    NAME(KptrXchgDest)
    NAME(KptrXchgValue)
    NAME(PtrToDynptr)
    NAME(PtrToUninitLocalDynptr)
    NAME(PtrToUninitRingbufDynptr)
    NAME(PtrToRingbufDynptr)
#undef NAME
  }
  return "?";
}

const char *retTypeName(RetType T) {
  switch (T) {
#define NAME(X)                                                                \
  case RetType::X:                                                             \
    return #X;
    NAME(Integer)
    NAME(Void)
    NAME(PtrToMapValue)
    NAME(PtrToMapValueOrNull)
    NAME(PtrToSocketOrNull)
    NAME(PtrToTcpSockOrNull)
    NAME(PtrToSockCommonOrNull)
    NAME(PtrToAllocMemOrNull)
    NAME(PtrToDynptrMemOrNull)
    NAME(PtrToMemOrBtfId)
    NAME(PtrToMemOrBtfIdOrNull)
    NAME(PtrToBtfId)
    NAME(PtrToBtfIdOrNull)
    NAME(PtrToBtfIdTrusted)
#undef NAME
  }
  return "?";
}

bool isMemArg(ArgType T) {
  switch (T) {
  case ArgType::PtrToMem:
  case ArgType::PtrToMemOrNull:
  case ArgType::PtrToMemWrite:
  case ArgType::PtrToReadonlyMem:
  case ArgType::PtrToReadonlyMemOrNull:
  case ArgType::PtrToUninitMem:
    return true;
  default:
    return false;
  }
}

bool isSizeArg(ArgType T) {
  return T == ArgType::ConstSize || T == ArgType::ConstSizeOrZero;
}

bool isNullableArg(ArgType T) {
  switch (T) {
  case ArgType::PtrToMapValueOrNull:
  case ArgType::PtrToMemOrNull:
  case ArgType::PtrToReadonlyMemOrNull:
  case ArgType::PtrToCtxOrNull:
  case ArgType::PtrToSocketOrNull:
  case ArgType::PtrToBtfIdOrNull:
  case ArgType::PtrToBtfIdSockCommonOrNull:
  case ArgType::PtrToStackOrNull:
    return true;
  default:
    return false;
  }
}

} // namespace model
} // namespace verifiable
