//===- HelperMemArg.cpp - Memory a helper reads or writes -----------------===//
//
// A helper argument that points to memory (a map key, a map value, a buffer
// with a size in the next argument) must point to a region holding the
// whole access: the stack within the frame, a map value within value_size
// (and writable when the helper writes), the packet within its verified
// range, or sized memory. This is the kernel's check_helper_mem_access(),
// used for every kind of memory argument.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

using namespace verifiable;
using namespace verifiable::analysis;

static const char *expectedMemTypes() {
  return "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, "
         "trusted_ptr_";
}

bool Engine::checkHelperStackArg(Path &P, const RegState &R, int Regno,
                                 uint64_t Size, bool IsWrite) {
  const char *What = IsWrite ? " write to" : " read from";
  if (!R.Var.isConst()) {
    int64_t MinOff, MaxOff;
    if (!checkStackRange(R, Regno, R.Off, Size, What, MinOff, MaxOff))
      return false;
    if (R.Frame >= P.State.Frames.size() || !Opts.Privileged)
      return unknown("a variable-offset stack argument is not modelled here");
    noteStackUse(P.State, R, MinOff);
    if (IsWrite)
      writeStackRange(P.State.Frames[R.Frame].Stack, MinOff, MaxOff, false);
    return true;
  }
  int64_t Start = R.Off + static_cast<int64_t>(R.Var.constValue());
  if (Start < -MaxStackBytes || Start + static_cast<int64_t>(Size) > 0)
    return reject(std::string("invalid") + What + " stack R" +
                  std::to_string(Regno) + " off=" + std::to_string(R.Off) +
                  " size=" + std::to_string(Size));
  noteStackUse(P.State, R, Start);
  // Writes leave the bytes initialised; reads of uninitialised bytes are
  // refused to unprivileged loaders only. Both go byte by byte.
  if (!IsWrite && Opts.Privileged)
    return true;
  for (uint64_t B = 0; B < Size; ++B)
    if (!checkStackAccess(P, R, Regno, R.Off + static_cast<int>(B), 1, IsWrite,
                          -1, nullptr, " indirect access to"))
      return false;
  return true;
}

bool Engine::checkHelperMemArg(Path &P, const RegState &R, int Regno,
                               uint64_t Size, bool IsWrite,
                               const model::HelperProto &H, bool ByHelper) {
  std::string RName = "R" + std::to_string(Regno);
  if (R.maybeNull() || R.isScalar() || R.Type == RegType::Ctx ||
      R.Type == RegType::ConstMapPtr) {
    if (R.maybeNull())
      note(R.Origin, RName + " may be NULL: it comes from here");
    // A helper's prototype lists the memory kinds it takes; a global
    // function's memory argument only says it wanted the stack.
    return reject(RName + " type=" + R.typeName() +
                  " expected=" + (ByHelper ? expectedMemTypes() : "fp"));
  }
  switch (R.Type) {
  case RegType::Stack:
    return checkHelperStackArg(P, R, Regno, Size, IsWrite);
  case RegType::MapValue:
    if (IsWrite && R.Map && R.Map->readOnlyForPrograms())
      return reject("write into map forbidden, value_size=" +
                    std::to_string(R.Map->ValueSize) + " off=" +
                    std::to_string(R.Off) + " size=" + std::to_string(Size));
    return checkRegionAccess(P, R, Regno, R.Off, Size, R.Map->ValueSize,
                             "invalid access to map value, value_size=");
  case RegType::Packet:
  case RegType::PacketMeta:
    return checkPacketAccess(P, R, Regno, R.Off, Size, IsWrite, true,
                             H.PktAccess);
  case RegType::MapKey:
    if (IsWrite)
      return reject(RName + " cannot write into map_key");
    return checkRegionAccess(P, R, Regno, R.Off, Size,
                             R.Map ? R.Map->KeySize : 0,
                             "invalid access to map key, key_size=");
  case RegType::Mem:
    if (IsWrite && (R.Flags & ReadOnly))
      return reject(RName + " cannot write into " + R.typeName());
    return checkRegionAccess(P, R, Regno, R.Off, Size, R.MemSize,
                             "invalid access to memory, mem_size=");
  default:
    return unknown("memory argument in a " + R.typeName() +
                   " pointer is not modelled yet");
  }
}
