//===- CtxAccess.cpp - Context field rules for the engine -----------------===//
//
// Maps the model's answer about a context field to the loaded register.
//
//===----------------------------------------------------------------------===//
#include "CtxAccess.h"

#include "verifiable/Model/CtxAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;
using model::CtxValueKind;

CtxAccessResult analysis::checkCtxAccess(const model::SectionInfo &Section,
                                         int Off, unsigned Size, bool IsWrite) {
  model::CtxAccess A =
      model::checkCtxAccess(Section.Type, Section.Attach, Off, Size, IsWrite);
  CtxAccessResult R;
  if (!A.Modeled) {
    R.Why = std::string("context of ") + model::progTypeName(Section.Type) +
            " is not modelled";
    return R;
  }
  if (!A.Allowed) {
    R.Status = CtxAccessResult::Refused;
    return R;
  }
  R.Status = CtxAccessResult::Allowed;
  switch (A.Kind) {
  case CtxValueKind::None:
  case CtxValueKind::Scalar:
    R.Loaded = RegState::unknownScalar();
    break;
  case CtxValueKind::PacketData:
    R.Loaded = RegState::pointer(RegType::Packet);
    break;
  case CtxValueKind::PacketMeta:
    R.Loaded = RegState::pointer(RegType::PacketMeta);
    break;
  case CtxValueKind::PacketEnd:
    R.Loaded = RegState::pointer(RegType::PacketEnd);
    break;
  case CtxValueKind::Socket:
    R.Loaded = RegState::pointer(RegType::Socket);
    break;
  case CtxValueKind::SocketOrNull:
    R.Loaded = RegState::pointer(RegType::Socket, MaybeNull);
    break;
  case CtxValueKind::SockCommonOrNull:
    R.Loaded = RegState::pointer(RegType::SockCommon, MaybeNull);
    break;
  case CtxValueKind::FlowKeys:
    R.Loaded = RegState::pointer(RegType::FlowKeys);
    break;
  default:
    R.Status = CtxAccessResult::Unknown;
    R.Why = std::string("context field of kind ") +
            model::ctxValueKindName(A.Kind) + " is not modelled yet";
    break;
  }
  return R;
}
