//===- CtxAccessSkb.cpp - struct __sk_buff contexts -----------------------===//
//
// Socket filters, cgroup_skb, tc, lwt and sk_skb programs read struct
// __sk_buff through the table in SkbCtxFields.def; the flow dissector sees
// only data, data_end and flow_keys.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

namespace {

enum class Shape {
  Narrow,
  Cb,
  PacketPtr,
  Exact4,
  Exact8,
  SockPtr,
  Byte,
  Never
};
enum class Acc { No, Ro, Rw };
enum Family {
  SocketFilterFamily,
  CgroupSkbFamily,
  TcFamily,
  LwtFamily,
  SkSkbFamily,
  NumFamilies
};

struct SkbRow {
  Field F;
  Shape S;
  Acc Access[NumFamilies];
};

const SkbRow SkbRows[] = {
#define SKB_FIELD(Name, S, Sf, Cg, Tc, Lwt, SkSkb)                             \
  {SkBuff::Name, Shape::S, {Acc::Sf, Acc::Cg, Acc::Tc, Acc::Lwt, Acc::SkSkb}},
#include "SkbCtxFields.def"
};

bool familyOf(ProgType PT, Family &Fam) {
  switch (PT) {
  case ProgType::SocketFilter:
    Fam = SocketFilterFamily;
    return true;
  case ProgType::CgroupSkb:
    Fam = CgroupSkbFamily;
    return true;
  case ProgType::SchedCls:
  case ProgType::SchedAct:
    Fam = TcFamily;
    return true;
  case ProgType::LwtIn:
  case ProgType::LwtOut:
  case ProgType::LwtXmit:
  case ProgType::LwtSeg6local:
    Fam = LwtFamily;
    return true;
  case ProgType::SkSkb:
    Fam = SkSkbFamily;
    return true;
  default:
    return false;
  }
}

CtxValueKind packetKind(const Field &F) {
  if (F.startsAt(SkBuff::data_meta.Begin))
    return CtxValueKind::PacketMeta;
  if (F.startsAt(SkBuff::data_end.Begin))
    return CtxValueKind::PacketEnd;
  return CtxValueKind::PacketData;
}

Verdict sizeRule(const SkbRow &Row, const Request &R) {
  switch (Row.S) {
  case Shape::Narrow:
    return acceptIf(R.Write ? R.Size == 4 : narrowOk(R.Size, 4), R);
  case Shape::Cb:
    return acceptIf(R.Off + R.Size <= SkBuff::cb.End, R);
  case Shape::PacketPtr:
    return acceptIf(R.Size == 4 && !R.SignExtend, R, packetKind(Row.F));
  case Shape::Exact4:
    return acceptIf(R.Size == 4, R);
  case Shape::Exact8:
    return acceptIf(R.Size == 8, R);
  case Shape::SockPtr:
    return acceptIf(R.Size == 8, R, CtxValueKind::SockCommonOrNull);
  case Shape::Byte:
    return acceptIf(R.Size == 1, R);
  case Shape::Never:
    return refuse();
  }
  return refuse();
}

Verdict flowDissectorAccess(const Request &R) {
  if (!inBoundsAligned(R, SkBuff::StructSize) || R.Write)
    return refuse();
  bool PtrLoad = R.Size == 4 && !R.SignExtend;
  if (SkBuff::data.contains(R.Off))
    return acceptIf(PtrLoad, R, CtxValueKind::PacketData);
  if (SkBuff::data_end.contains(R.Off))
    return acceptIf(PtrLoad, R, CtxValueKind::PacketEnd);
  if (SkBuff::flow_keys.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::FlowKeys);
  return refuse();
}

} // namespace

Verdict skbAccess(ProgType PT, const Request &R) {
  if (PT == ProgType::FlowDissector)
    return flowDissectorAccess(R);
  Family Fam;
  if (!familyOf(PT, Fam) || !inBoundsAligned(R, SkBuff::StructSize))
    return refuse();
  for (const SkbRow &Row : SkbRows) {
    if (!Row.F.contains(R.Off))
      continue;
    Acc A = Row.Access[Fam];
    if (A == Acc::No || (R.Write && A != Acc::Rw))
      return refuse();
    return sizeRule(Row, R);
  }
  // Padding between tstamp_type and hwtstamp.
  return refuse();
}

} // namespace ctx
} // namespace model
} // namespace verifiable
