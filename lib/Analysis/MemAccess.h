//===- MemAccess.h - Checking one access to memory --------------*- C++ -*-===//
//
// Internal to lib/Analysis. A load, a store, an atomic or a helper's memory
// argument is one MemAccess: which register holds the pointer, the offset,
// the size, read or write, and where a loaded value goes. The check for
// each kind of memory (stack, map value, packet, context, socket, sized
// memory) is the kernel's check_mem_access() branch for that kind.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_MEMACCESS_H
#define VERIFIABLE_LIB_ANALYSIS_MEMACCESS_H

#include "Path.h"

#include "verifiable/Analysis/VerifierState.h"

#include <cstdint>
#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

struct MemAccess {
  /// The register holding the pointer (named in messages).
  int Regno = 0;
  /// The access's fixed offset. For checkMemAccess() the instruction's
  /// offset; for the per-kind checks, from the pointer's base (the
  /// pointer's own fixed offset included).
  int Off = 0;
  uint64_t Size = 0;
  bool IsWrite = false;
  /// The register a store writes, -1 for an immediate or a helper.
  int ValueReg = -1;
  /// Where a load puts the value read; nullptr when nothing is loaded.
  RegState *Loaded = nullptr;
  /// A sign-extending load (BPF_MEMSX).
  bool SignExtends = false;
  /// A helper accesses the memory, not an instruction.
  bool ByHelper = false;
  /// The helper's prototype allows packet memory (ARG_PTR_TO_*_PKT).
  bool HelperMayAccessPacket = false;

  /// A load of \p Size bytes at R<Regno> + Off into \p Into.
  static MemAccess load(int Regno, int Off, uint64_t Size, RegState *Into) {
    MemAccess A;
    A.Regno = Regno;
    A.Off = Off;
    A.Size = Size;
    A.Loaded = Into;
    return A;
  }
  /// A store of R<ValueReg> (-1: an immediate) at R<Regno> + Off.
  static MemAccess store(int Regno, int Off, uint64_t Size, int ValueReg) {
    MemAccess A = load(Regno, Off, Size, nullptr);
    A.IsWrite = true;
    A.ValueReg = ValueReg;
    return A;
  }

  /// The same access shifted to be relative to \p Ptr's base.
  MemAccess fromBase(const RegState &Ptr) const {
    MemAccess A = *this;
    A.Off += Ptr.Off;
    return A;
  }
};

/// A pointer that may be used only as it was made (the kernel's
/// __check_ptr_off_reg): no negative or, unless \p FixedOffOk, non-zero
/// fixed offset, and no variable offset.
bool checkUnmodifiedPtr(TransferEnv &E, unsigned Regno, const RegState &R,
                        bool FixedOffOk = false);

/// A load or store through A.Regno at the instruction's offset.
bool checkMemAccess(TransferEnv &E, Path &P, const MemAccess &A);

/// [Off, Off + Size) plus the pointer's variable offset within
/// [0, RegionSize); \p What starts the out-of-bounds message.
bool checkRegionAccess(TransferEnv &E, const RegState &Ptr, const MemAccess &A,
                       uint64_t RegionSize, const std::string &What);
/// Stack accesses; \p What is " read from", " write to" or " indirect
/// access to" as in the kernel's messages.
bool checkStackAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                      const MemAccess &A, const char *What);
/// The stack bytes a variable-offset access may touch, [MinOff, MaxOff).
bool checkStackRange(TransferEnv &E, const RegState &Ptr, const MemAccess &A,
                     const char *What, int64_t &MinOff, int64_t &MaxOff);
/// A write of unknown position within [MinOff, MaxOff).
void writeStackRange(StackState &Stack, int64_t MinOff, int64_t MaxOff,
                     bool WritingZero);
bool checkPacketAccess(TransferEnv &E, const RegState &Ptr, const MemAccess &A);
/// An access of map value \p Ptr that touches the kptr field \p F
/// (MapKptr.cpp), by an instruction or a helper's memory argument
/// (MemAccess::ByHelper); a load yields the field's kernel struct pointer.
bool checkKptrAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                     const MemAccess &A, const bpf::KptrField &F);
/// After a helper that may move packet data: no packet pointer is valid.
void invalidatePacketPointers(TransferEnv &E, VerifierState &S);
/// Alignment the kernel enforces whatever the architecture allows.
bool checkStrictAlignment(TransferEnv &E, const RegState &Ptr, int Off,
                          uint64_t Size);

} // namespace analysis
} // namespace verifiable

#endif
