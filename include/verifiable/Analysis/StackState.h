//===- StackState.h - Abstract state of one frame's stack -------*- C++ -*-===//
//
// Each 8-byte slot of the 512-byte stack keeps a kind per byte (never
// written, unknown data, known zero, part of a spilled register) and, for a
// spill, the full state of the register that was stored, so that reloading
// it restores pointers and bounds exactly as the kernel does.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_STACKSTATE_H
#define VERIFIABLE_ANALYSIS_STACKSTATE_H

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Model/KernelLimits.h"

#include <array>
#include <vector>

namespace verifiable {
namespace analysis {

using model::MaxStackBytes;

enum class SlotKind : uint8_t { Invalid, Misc, Zero, Spill, Iter, Dynptr };

/// The kernel's BPF_DYNPTR_TYPE_*: over program memory, a ring buffer
/// reservation, a socket buffer (bpf_dynptr_from_skb) or an XDP buffer
/// (bpf_dynptr_from_xdp).
enum class DynptrKind : uint8_t { Local, Ringbuf, Skb, Xdp };

/// One of the two STACK_DYNPTR slots of a `struct bpf_dynptr` (the
/// kernel's spilled_ptr.dynptr).
struct DynptrSlot {
  DynptrKind Type = DynptrKind::Local;
  /// The slot the pointer points to (the higher of the two indices).
  bool First = false;
  /// Links the dynptr's slices (the kernel's dynptr id).
  uint32_t Id = 0;
  /// Ring buffer dynptrs: the reservation's reference, in both slots.
  uint32_t RefObjId = 0;

  bool operator==(const DynptrSlot &O) const {
    return Type == O.Type && First == O.First && Id == O.Id &&
           RefObjId == O.RefObjId;
  }
};

/// The part of an open-coded iterator (`struct bpf_iter_<type>`) that one
/// STACK_ITER slot holds (the kernel's spilled_ptr.iter).
struct IterSlot {
  /// The iterator's struct in the target kernel's BTF.
  uint32_t BtfId = 0;
  /// Its reference, in the iterator's first (highest) slot only.
  uint32_t RefObjId = 0;
  /// `next` returned NULL on this path (BPF_ITER_STATE_DRAINED).
  bool Drained = false;
  /// `next` calls that returned an element on this path (iter.depth): told
  /// apart by loop detection, never compared when pruning.
  uint32_t Depth = 0;
  /// A KF_RCU_PROTECTED iterator (task, css): created inside an RCU
  /// critical section (the slot's MEM_RCU), or outside one or left by
  /// bpf_rcu_read_unlock() (PTR_UNTRUSTED, unusable).
  bool Rcu = false;
  bool Untrusted = false;

  bool operator==(const IterSlot &O) const {
    return BtfId == O.BtfId && RefObjId == O.RefObjId && Drained == O.Drained &&
           Depth == O.Depth && Rcu == O.Rcu && Untrusted == O.Untrusted;
  }
};

struct StackSlot {
  /// Kind of byte i of the slot, indexed as the kernel's slot_type[] is,
  /// by (-off - 1) % 8: byte 7 is the slot's lowest address. Little-endian
  /// register spills start at the lowest address, so a 4-byte spill covers
  /// bytes 7..4.
  std::array<SlotKind, 8> Kind{};
  RegState Spilled;
  /// Kind Iter: the iterator.
  IterSlot Iter;
  /// Kind Dynptr: the dynptr.
  DynptrSlot Dynptr;

  bool isSpill() const { return Kind[7] == SlotKind::Spill; }
  bool isIter() const { return Kind[7] == SlotKind::Iter; }
  bool isDynptr() const { return Kind[7] == SlotKind::Dynptr; }
  bool operator==(const StackSlot &O) const;
};

class StackState {
public:
  /// Slot holding byte \p Off (negative, from the frame pointer).
  static int slotIndex(int Off) { return (-Off - 1) / 8; }
  /// Position of byte \p Off inside its slot's Kind array.
  static int byteIndex(int Off) { return (-Off - 1) % 8; }

  const StackSlot *slot(int Index) const {
    return Index < static_cast<int>(Slots.size()) ? &Slots[Index] : nullptr;
  }
  StackSlot &slotForWrite(int Index) {
    if (Index >= static_cast<int>(Slots.size()))
      Slots.resize(Index + 1);
    return Slots[Index];
  }
  SlotKind kindAt(int Off) const {
    const StackSlot *S = slot(slotIndex(Off));
    return S ? S->Kind[byteIndex(Off)] : SlotKind::Invalid;
  }
  /// Deepest byte ever written, as a positive depth (for stack size checks).
  int depth() const { return static_cast<int>(Slots.size()) * 8; }
  int numSlots() const { return static_cast<int>(Slots.size()); }

  bool operator==(const StackState &O) const;

private:
  std::vector<StackSlot> Slots;
};

} // namespace analysis
} // namespace verifiable

#endif
