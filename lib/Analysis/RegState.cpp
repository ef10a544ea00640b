//===- RegState.cpp - Register state construction and printing ------------===//
//
// Names and printing follow the kernel's log so that a state dump of ours
// reads like a line of the kernel's verifier log.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/RegState.h"

using namespace verifiable;
using namespace verifiable::analysis;

RegState RegState::scalar(const domain::Scalar &S) {
  RegState R;
  R.Type = RegType::Scalar;
  R.Var = S;
  return R;
}

RegState RegState::pointer(RegType T, uint16_t Flags) {
  RegState R;
  R.Type = T;
  R.Flags = Flags;
  R.Var = domain::Scalar::constant(0);
  return R;
}

static const char *baseName(RegType T) {
  switch (T) {
  case RegType::NotInit:
    return "?";
  case RegType::Scalar:
    return "scalar";
  case RegType::Ctx:
    return "ctx";
  case RegType::ConstMapPtr:
    return "map_ptr";
  case RegType::MapValue:
    return "map_value";
  case RegType::MapKey:
    return "map_key";
  case RegType::Stack:
    return "fp";
  case RegType::Packet:
    return "pkt";
  case RegType::PacketMeta:
    return "pkt_meta";
  case RegType::PacketEnd:
    return "pkt_end";
  case RegType::Mem:
    return "mem";
  case RegType::Func:
    return "func";
  case RegType::Socket:
    return "sock";
  case RegType::SockCommon:
    return "sock_common";
  case RegType::TcpSock:
    return "tcp_sock";
  case RegType::XdpSock:
    return "xdp_sock";
  case RegType::FlowKeys:
    return "flow_keys";
  case RegType::BtfId:
    return "ptr_";
  case RegType::ConstDynptr:
    return "dynptr_ptr";
  }
  return "?";
}

std::string RegState::typeName() const {
  std::string S;
  if (Flags & ReadOnly)
    S += "rdonly_";
  if (Flags & RingBuf)
    S += "ringbuf_";
  if (Type == RegType::BtfId && (Flags & MemPercpu))
    S += "percpu_";
  if (Type == RegType::BtfId && (Flags & BtfRcu))
    S += "rcu_";
  if ((Type == RegType::BtfId || Type == RegType::Mem) &&
      (Flags & BtfUntrusted))
    S += "untrusted_";
  if (Type == RegType::BtfId && (Flags & BtfTrusted))
    S += "trusted_";
  S += baseName(Type);
  if (Flags & MaybeNull)
    S += Type == RegType::BtfId ? "or_null_" : "_or_null";
  return S;
}

std::string RegState::str() const {
  if (!isInit())
    return "?";
  if (isScalar()) {
    if (Var.isConst())
      return std::to_string(static_cast<int64_t>(Var.constValue()));
    return "scalar(" + Var.str() + ")";
  }
  std::string S = typeName() + "(";
  if (Id)
    S += "id=" + std::to_string(Id) + ",";
  if (RefObjId)
    S += "ref_obj_id=" + std::to_string(RefObjId) + ",";
  S += "off=" + std::to_string(Off);
  if (Map)
    S += ",ks=" + std::to_string(Map->KeySize) +
         ",vs=" + std::to_string(Map->ValueSize);
  if (Type == RegType::Mem)
    S += ",sz=" + std::to_string(MemSize);
  if (isPacketLike())
    S += ",r=" + std::to_string(Range);
  if (!Var.isConst() || Var.constValue() != 0)
    S += "," + Var.str();
  return S + ")";
}

bool RegState::operator==(const RegState &O) const {
  if (Type != O.Type)
    return false;
  if (Type == RegType::NotInit)
    return true;
  return Flags == O.Flags && Off == O.Off && Var == O.Var && Id == O.Id &&
         RefObjId == O.RefObjId && Frame == O.Frame && Map == O.Map &&
         MemSize == O.MemSize && Range == O.Range && Callee == O.Callee &&
         BtfType == O.BtfType && DynptrId == O.DynptrId &&
         BufFrame == O.BufFrame && BufOff == O.BufOff;
}
