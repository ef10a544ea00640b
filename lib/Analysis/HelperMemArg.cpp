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
#include "BtfAccess.h"
#include "DynptrKfuncs.h"
#include "HelperCall.h"
#include "LocalObjects.h"
#include "Locks.h"
#include "MemAccess.h"
#include "Messages.h"
#include "StackDepth.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

static const char *expectedMemTypes() {
  return "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, "
         "trusted_ptr_";
}

/// Iterator and dynptr bytes, which only their own helpers and kfuncs use.
static bool isSpecialByte(SlotKind K) {
  return K == SlotKind::Iter || K == SlotKind::Dynptr;
}

/// A helper reads [Start, Start + Size) of the stack: every byte must be
/// initialised, and hold no pointer, for an unprivileged loader, and no
/// byte may belong to an iterator or a dynptr (the kernel's
/// check_stack_range_initialized()).
static bool checkStackInitialised(TransferEnv &E, Path &P, const RegState &R,
                                  int Regno, int64_t Start, uint64_t Size) {
  if (R.Frame >= P.State.Frames.size()) {
    if (E.privileged())
      return true;
    return E.unknown("stack pointer into a frame that returned");
  }
  const StackState &Stack = P.State.Frames[R.Frame].Stack;
  for (uint64_t B = 0; B < Size; ++B) {
    int Off = static_cast<int>(Start + static_cast<int64_t>(B));
    SlotKind K = Stack.kindAt(Off);
    const StackSlot *SS = Stack.slot(StackState::slotIndex(Off));
    bool SpilledPointer = K == SlotKind::Spill && SS && SS->Spilled.isPointer();
    bool Refused =
        isSpecialByte(K) ||
        (!E.privileged() && (K == SlotKind::Invalid || SpilledPointer));
    if (Refused)
      return E.reject(
          std::string(
              E.Profile.has(model::KernelFeature::HelperStackMessagesName)
                  ? "invalid read from stack "
                  : "invalid indirect read from stack ") +
          regName(Regno) + " off " + std::to_string(Start) + "+" +
          std::to_string(B) + " size " + std::to_string(Size));
  }
  return true;
}

/// A helper writes [Start, Start + Size): never into a dynptr (the raw-mode
/// check of check_stack_range_initialized()).
static bool checkNoDynptrWrite(TransferEnv &E, const StackState &Stack,
                               int64_t Start, uint64_t Size) {
  for (uint64_t B = 0; B < Size; ++B) {
    int Off = static_cast<int>(Start + static_cast<int64_t>(B));
    if (Stack.kindAt(Off) == SlotKind::Dynptr)
      return E.reject("potential write to dynptr at off=" +
                      std::to_string(Off) + " disallowed");
  }
  return true;
}

/// Whether any byte of [MinOff, MaxOff) is an iterator's or a dynptr's.
static bool anySpecialByte(const StackState &Stack, int64_t MinOff,
                           int64_t MaxOff) {
  for (int64_t B = MinOff; B < MaxOff; ++B)
    if (isSpecialByte(Stack.kindAt(static_cast<int>(B))))
      return true;
  return false;
}

static bool checkHelperStackArg(TransferEnv &E, Path &P, const RegState &R,
                                const MemAccess &A) {
  bool IsWrite = A.IsWrite;
  uint64_t Size = A.Size;
  int Regno = A.Regno;
  const char *What = IsWrite ? " write to" : " read from";
  if (!R.Var.isConst()) {
    int64_t MinOff, MaxOff;
    if (!checkStackRange(E, R, A, What, MinOff, MaxOff))
      return false;
    if (R.Frame >= P.State.Frames.size() || !E.privileged() ||
        anySpecialByte(P.State.Frames[R.Frame].Stack, MinOff, MaxOff))
      return E.unknown("a variable-offset stack argument is not modelled here");
    E.Stack.note(P.State, R, MinOff);
    if (IsWrite &&
        !writeSliceBuffers(E, P.State, R.Frame, MinOff, MaxOff, false))
      return false;
    if (IsWrite)
      writeStackRange(P.State.Frames[R.Frame].Stack, MinOff, MaxOff, false);
    return true;
  }
  int64_t Start = R.Off + static_cast<int64_t>(R.Var.constValue());
  if (!E.Profile.has(model::KernelFeature::HelperStackMessagesName))
    What = " indirect access to";
  if (Start < -MaxStackBytes || Start + static_cast<int64_t>(Size) > 0)
    return E.reject(std::string("invalid") + What + " stack R" +
                    std::to_string(Regno) + " off=" + std::to_string(R.Off) +
                    " size=" + std::to_string(Size));
  E.Stack.note(P.State, R, Start);
  if (!IsWrite)
    return checkStackInitialised(E, P, R, Regno, Start, Size);
  if (R.Frame < P.State.Frames.size() &&
      !checkNoDynptrWrite(E, P.State.Frames[R.Frame].Stack, Start, Size))
    return false;
  // Writes leave the bytes initialised, byte by byte.
  for (uint64_t B = 0; B < Size; ++B) {
    MemAccess Byte = A;
    Byte.Off = R.Off + static_cast<int>(B);
    Byte.Size = 1;
    if (!checkStackAccess(E, P, R, Byte, " indirect access to"))
      return false;
  }
  return true;
}

/// A helper's access to a map value may not touch the value's special
/// fields (check_map_access() with ACCESS_HELPER).
static bool checkMapValueFields(TransferEnv &E, Path &P, const RegState &R,
                                const MemAccess &A) {
  int64_t Lo = A.Off + R.Var.SMin;
  int64_t Hi =
      A.Off + static_cast<int64_t>(R.Var.UMax) + static_cast<int64_t>(A.Size);
  if (!checkSpecialFieldAccess(E, *R.Map, Lo, Hi))
    return false;
  if (const bpf::KptrField *K = kptrFieldIn(*R.Map, Lo, Hi))
    return checkKptrAccess(E, P, R, A, *K);
  return true;
}

bool analysis::checkHelperMemArg(TransferEnv &E, Path &P, const RegState &R,
                                 int Regno, uint64_t Size, bool IsWrite,
                                 const model::HelperProto &H, bool ByHelper) {
  std::string RName = regName(Regno);
  MemAccess A;
  A.Regno = Regno;
  A.Off = R.Off;
  A.Size = Size;
  A.IsWrite = IsWrite;
  A.ByHelper = true;
  A.HelperMayAccessPacket = H.PktAccess;
  if (!isHelperMemoryCandidate(R)) {
    if (R.maybeNull())
      noteMaybeNull(E, Regno, R);
    // A helper's prototype lists the memory kinds it takes; a global
    // function's memory argument only says it wanted the stack.
    return rejectTypeMismatch(E, Regno, R,
                              ByHelper ? expectedMemTypes() : "fp");
  }
  switch (R.Type) {
  case RegType::Stack:
    return checkHelperStackArg(E, P, R, A);
  case RegType::MapValue:
    if (R.Map) {
      std::string Forbidden = R.Map->accessForbidden(IsWrite, R.Off, Size);
      if (!Forbidden.empty())
        return E.reject(Forbidden);
    }
    if (!checkRegionAccess(E, R, A, R.Map->ValueSize,
                           "invalid access to map value, value_size="))
      return false;
    if (Size == 0)
      return true;
    return checkMapValueFields(E, P, R, A);
  case RegType::Packet:
  case RegType::PacketMeta:
    return checkPacketAccess(E, R, A);
  case RegType::MapKey:
    if (IsWrite)
      return E.reject(RName + " cannot write into map_key");
    return checkRegionAccess(E, R, A, R.Map ? R.Map->KeySize : 0,
                             "invalid access to map key, key_size=");
  case RegType::Mem:
    if (IsWrite && (R.Flags & ReadOnly))
      return E.reject(RName + " cannot write into " + R.typeName());
    if (R.Flags & BtfUntrusted)
      return E.unknown("untrusted memory passed to a helper is not modelled");
    return checkRegionAccess(E, R, A, R.MemSize,
                             "invalid access to memory, mem_size=");
  case RegType::BtfId:
    if (isAllocObj(R))
      return E.unknown("a program-allocated object passed as memory is not "
                       "modelled yet");
    // A global function's memory argument: the pointed-to bytes are read
    // as a load through the pointer would (check_helper_mem_access()).
    if (!ByHelper) {
      MemAccess Read = A;
      Read.IsWrite = false;
      return checkBtfPtrAccess(E, R, Read);
    }
    // A socket map's update takes a socket for its value
    // (ARG_PTR_TO_BTF_ID_SOCK_COMMON), not modelled here.
    if (H.Id == model::BPF_FUNC_map_update_elem)
      break;
    // mem_types admit trusted kernel struct pointers, read-only ones.
    if ((R.Flags & (BtfTrusted | BtfUntrusted | BtfRcu)) != BtfTrusted)
      return rejectTypeMismatch(E, Regno, R, expectedMemTypes());
    if (IsWrite)
      return E.reject(model::helperDisplayName(H.Id) +
                      "() may write into memory pointed by " + RName +
                      " type=" + R.typeName());
    // Read as one load of the whole size at the pointer's offset
    // (check_ptr_to_btf_access() with BPF_READ).
    return checkBtfPtrAccess(E, R, A);
  default:
    break;
  }
  return E.unknown("memory argument in a " + R.typeName() +
                   " pointer is not modelled yet");
}
