//===- CtxLayout.cpp - Context struct names and field lookup --------------===//
//
// Table lookups over CtxLayouts.def, and the program type to struct map.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CtxLayout.h"

namespace verifiable {
namespace model {

namespace {

struct StructRow {
  CtxStruct S;
  const char *Name;
  uint32_t Size;
};

constexpr StructRow StructRows[] = {
#define CTX_STRUCT(Tag, CName, Size) {CtxStruct::Tag, CName, Size},
#include "verifiable/Model/CtxLayouts.def"
};

struct FieldRow {
  CtxStruct S;
  CtxField F;
};

constexpr FieldRow FieldRows[] = {
#define CTX_FIELD(Tag, Name, Offset, ElemSize, Count)                          \
  {CtxStruct::Tag, {#Name, Offset, ElemSize, Count}},
#include "verifiable/Model/CtxLayouts.def"
};

const StructRow &row(CtxStruct S) {
  for (const StructRow &R : StructRows)
    if (R.S == S)
      return R;
  return StructRows[0];
}

} // namespace

const char *ctxStructName(CtxStruct S) { return row(S).Name; }

uint32_t ctxStructSize(CtxStruct S) { return row(S).Size; }

std::optional<CtxStruct> ctxStructOf(ProgType PT) {
  switch (PT) {
  case ProgType::SocketFilter:
  case ProgType::SchedCls:
  case ProgType::SchedAct:
  case ProgType::CgroupSkb:
  case ProgType::LwtIn:
  case ProgType::LwtOut:
  case ProgType::LwtXmit:
  case ProgType::LwtSeg6local:
  case ProgType::SkSkb:
  case ProgType::FlowDissector:
    return CtxStruct::SkBuff;
  case ProgType::Xdp:
    return CtxStruct::XdpMd;
  case ProgType::CgroupSock:
    return CtxStruct::BpfSock;
  case ProgType::CgroupSockAddr:
    return CtxStruct::BpfSockAddr;
  case ProgType::SockOps:
    return CtxStruct::BpfSockOps;
  case ProgType::SkMsg:
    return CtxStruct::SkMsgMd;
  case ProgType::SkReuseport:
    return CtxStruct::SkReuseportMd;
  case ProgType::SkLookup:
    return CtxStruct::BpfSkLookup;
  case ProgType::CgroupSysctl:
    return CtxStruct::BpfSysctl;
  case ProgType::CgroupSockopt:
    return CtxStruct::BpfSockopt;
  case ProgType::CgroupDevice:
    return CtxStruct::BpfCgroupDevCtx;
  case ProgType::Kprobe:
    return CtxStruct::PtRegs;
  case ProgType::Tracepoint:
    return CtxStruct::TracepointBuffer;
  case ProgType::PerfEvent:
    return CtxStruct::BpfPerfEventData;
  case ProgType::RawTracepoint:
  case ProgType::RawTracepointWritable:
    return CtxStruct::RawTracepointArgs;
  case ProgType::Netfilter:
    return CtxStruct::BpfNfCtx;
  default:
    return std::nullopt;
  }
}

const CtxField *findCtxField(CtxStruct S, std::string_view Name) {
  for (const FieldRow &R : FieldRows)
    if (R.S == S && Name == R.F.Name)
      return &R.F;
  return nullptr;
}

const CtxField *ctxFieldAt(CtxStruct S, int64_t Off) {
  for (const FieldRow &R : FieldRows) {
    if (R.S != S)
      continue;
    int64_t Begin = R.F.Offset;
    int64_t End = Begin + int64_t(R.F.ElemSize) * R.F.Count;
    if (Off >= Begin && Off < End)
      return &R.F;
  }
  return nullptr;
}

std::string describeCtxOffset(CtxStruct S, int64_t Off) {
  const CtxField *F = ctxFieldAt(S, Off);
  if (!F)
    return "";
  std::string Text = F->Name;
  int64_t Rel = Off - F->Offset;
  if (F->Count > 1) {
    Text += "[" + std::to_string(Rel / F->ElemSize) + "]";
    Rel %= F->ElemSize;
  }
  if (Rel)
    Text += "+" + std::to_string(Rel);
  return Text;
}

} // namespace model
} // namespace verifiable
