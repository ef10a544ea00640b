//===- PacketAccess.cpp - Loads, stores and helper arguments in packets ---===//
//
// A packet pointer may be dereferenced only inside the range a comparison
// with pkt_end proved, never at a possibly negative variable offset, and
// written only by program types allowed to modify packets. Helpers that may
// move packet data (bpf_skb_pull_data, bpf_xdp_adjust_head, ...) invalidate
// every packet pointer. This is check_packet_access() and
// clear_all_pkt_pointers().
//
//===----------------------------------------------------------------------===//
#include "MemAccess.h"
#include "Messages.h"
#include "StateWalk.h"
#include "TransferEnv.h"

#include "verifiable/Model/PacketAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::checkPacketAccess(TransferEnv &E, const RegState &Ptr,
                                 const MemAccess &A) {
  std::string R = regName(A.Regno);
  int Off = A.Off;
  uint64_t Size = A.Size;
  bool ByHelper = A.ByHelper;
  model::PacketAccess Allowed = model::directPacketAccess(E.Section.Type);
  if (ByHelper) {
    if (Allowed == model::PacketAccess::None ||
        (!A.HelperMayAccessPacket &&
         E.Section.Type != model::ProgType::CgroupSockopt))
      return E.reject("helper access to the packet is not allowed");
  } else if (A.IsWrite && Allowed != model::PacketAccess::ReadWrite) {
    return E.reject("cannot write into packet");
  } else if (Allowed == model::PacketAccess::None) {
    return E.unknown("a packet pointer in a program type without direct "
                     "packet access");
  }
  if (Ptr.Var.SMin < 0) {
    E.note(Ptr.Origin, "the offset added to this packet pointer may be "
                       "negative");
    return E.reject(negativeOffsetMessage(A.Regno));
  }
  bool Fits = Ptr.Range >= 0 && Off >= 0 && (Size > 0 || ByHelper) &&
              static_cast<int64_t>(Off) + static_cast<int64_t>(Size) <=
                  static_cast<int64_t>(Ptr.Range);
  if (Fits)
    return true;
  if (Ptr.Range == 0)
    E.note(Ptr.Origin, "no comparison with data_end covers this packet "
                       "pointer; check 'ptr + " +
                           std::to_string(Off + static_cast<int>(Size)) +
                           " > data_end' before the access");
  else if (Ptr.Range > 0)
    E.note(Ptr.Origin, "the comparison with data_end proved " +
                           std::to_string(Ptr.Range) +
                           " bytes from here; the access needs " +
                           std::to_string(Off + static_cast<int>(Size)));
  if (Ptr.Range < 0)
    return E.reject(R + " offset is outside of the packet");
  return E.reject("invalid access to packet, off=" + std::to_string(Off) +
                  " size=" + std::to_string(Size) + ", " + R + "(id=" +
                  std::to_string(Ptr.Id) + ",off=" + std::to_string(Off) +
                  ",r=" + std::to_string(Ptr.Range) + ")");
}

void analysis::invalidatePacketPointers(TransferEnv &E, VerifierState &S) {
  forEachReg(S, [&](RegState &R) {
    if (R.isPacketLike() || R.Type == RegType::PacketEnd ||
        (R.Type == RegType::Mem && (R.Flags & PacketSlice)))
      R = E.privileged() ? RegState::unknownScalar() : RegState::notInit();
  });
}
