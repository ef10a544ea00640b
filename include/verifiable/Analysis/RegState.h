//===- RegState.h - Abstract state of one BPF register ----------*- C++ -*-===//
//
// The kernel's bpf_reg_state, reduced to what the engine models: a type
// (scalar or one of the pointer kinds), a fixed offset and a variable
// offset/value (tnum and bounds from the domain), an id linking copies so
// that a NULL check or packet range applies to all of them, and per-type
// extras (map, memory size, stack frame, reference).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_REGSTATE_H
#define VERIFIABLE_ANALYSIS_REGSTATE_H

#include "verifiable/Domain/Scalar.h"
#include "verifiable/Program/MapDef.h"

#include <cstdint>
#include <string>

namespace verifiable {
namespace analysis {

enum class RegType : uint8_t {
  NotInit,
  Scalar,
  Ctx,
  ConstMapPtr,
  MapValue,
  MapKey,
  Stack,
  Packet,
  PacketMeta,
  PacketEnd,
  Mem,
  Func,
  Socket,
  SockCommon,
  TcpSock,
  /// PTR_TO_XDP_SOCK: an AF_XDP socket found in an xskmap.
  XdpSock,
  FlowKeys,
  BtfId,
  /// The kernel's CONST_PTR_TO_DYNPTR: a read-only `struct bpf_dynptr *`
  /// the kernel passes to a bpf_user_ringbuf_drain() callback (a local
  /// dynptr, Id its dynptr id); it may be read through, never released,
  /// reinitialised or dereferenced.
  ConstDynptr,
};

/// A socket of any kind the kernel's sock_types name: sock_common, sock,
/// tcp_sock, xdp_sock.
inline bool isSocketType(RegType T) {
  return T == RegType::SockCommon || T == RegType::Socket ||
         T == RegType::TcpSock || T == RegType::XdpSock;
}

enum RegFlag : uint16_t {
  MaybeNull = 1 << 0,
  ReadOnly = 1 << 1,
  RingBuf = 1 << 2,
  /// Scalars: this register equals the one linked by Id plus Off, after a
  /// 32-bit or a 64-bit `+= const` (the kernel's BPF_ADD_CONST ids).
  AddConst32 = 1 << 3,
  AddConst64 = 1 << 4,
  AddConst = AddConst32 | AddConst64,
  /// BtfId pointers: the kernel's PTR_TRUSTED, PTR_UNTRUSTED and MEM_RCU
  /// (PTR_UNTRUSTED also marks the read-only Mem a kernel struct's pointer
  /// to a non-struct yields, read without bounds).
  BtfTrusted = 1 << 5,
  BtfUntrusted = 1 << 6,
  BtfRcu = 1 << 7,
  /// Mem: a slice of a dynptr (bpf_dynptr_data()).
  DynptrSlice = 1 << 8,
  /// BtfId: the kernel's MEM_ALLOC, an object of the program's own BTF
  /// from bpf_obj_new() (BtfType is then an id of Program::LocalBtf), and
  /// MEM_PERCPU with it (bpf_percpu_obj_new()).
  MemAlloc = 1 << 9,
  MemPercpu = 1 << 10,
  /// MemAlloc: the kernel's NON_OWN_REF, an object pushed into a list or
  /// tree (or found in one) under the lock that guards it; valid until
  /// bpf_spin_unlock().
  NonOwnRef = 1 << 11,
  /// Mem: a slice of an skb or xdp dynptr (the kernel's DYNPTR_TYPE_SKB or
  /// _XDP on PTR_TO_MEM), invalid once the packet data may have moved.
  PacketSlice = 1 << 12,
};

struct RegState {
  RegType Type = RegType::NotInit;
  uint16_t Flags = 0;
  /// Fixed offset of a pointer from the object's start; for a scalar with
  /// an AddConst flag, its difference from the registers linked by Id.
  int32_t Off = 0;
  /// A scalar's value, or a pointer's variable offset.
  domain::Scalar Var = domain::Scalar::constant(0);
  /// Links copies of one value (NULL checks, packet ranges); 0: none.
  uint32_t Id = 0;
  /// The acquired reference this pointer belongs to; 0: none.
  uint32_t RefObjId = 0;
  /// Stack pointers: the frame whose stack they point into.
  uint32_t Frame = 0;
  /// Map pointers, map values and map keys: the map.
  const bpf::MapDef *Map = nullptr;
  /// Mem: the accessible size.
  uint32_t MemSize = 0;
  /// Packet pointers: bytes known to be inside the packet past Off.
  int32_t Range = 0;
  /// Func: the subprogram (index into the program image's pieces).
  int32_t Callee = -1;
  /// BtfId: the kernel struct pointed to (a type id of the target BTF, or
  /// of the program's local BTF with MemAlloc).
  uint32_t BtfType = 0;
  /// Mem slices of a dynptr: the dynptr's id (the kernel's dynptr_id);
  /// the slice dies when that dynptr is overwritten.
  uint32_t DynptrId = 0;
  /// Mem slices from bpf_dynptr_slice() with a stack buffer: the buffer's
  /// frame plus one (0: none) and its first byte; the buffer is MemSize
  /// bytes long, and a write into it kills the slice (6.18).
  uint32_t BufFrame = 0;
  int32_t BufOff = 0;
  /// Instruction that produced the value, for explanations (-1: unknown).
  int32_t Origin = -1;

  static RegState notInit() { return RegState(); }
  static RegState scalar(const domain::Scalar &S);
  static RegState unknownScalar() { return scalar(domain::Scalar::unknown()); }
  static RegState constant(uint64_t V) {
    return scalar(domain::Scalar::constant(V));
  }
  static RegState pointer(RegType T, uint16_t Flags = 0);

  bool isInit() const { return Type != RegType::NotInit; }
  bool isScalar() const { return Type == RegType::Scalar; }
  bool isPointer() const { return isInit() && !isScalar(); }
  bool maybeNull() const { return Flags & MaybeNull; }
  bool isKnownZero() const {
    return isScalar() && Var.isConst() && Var.constValue() == 0;
  }
  /// Forgets every link to other registers (the kernel's clear_scalar_id).
  void unlink() {
    Id = 0;
    if (isScalar()) {
      Off = 0;
      Flags &= ~AddConst;
    }
  }
  bool isPacketLike() const {
    return Type == RegType::Packet || Type == RegType::PacketMeta;
  }
  /// A socket of any kind (isSocketType()).
  bool isSocket() const { return isSocketType(Type); }

  /// The kernel's reg_type_str(): "scalar", "map_value_or_null", "fp", ...
  std::string typeName() const;
  /// The state as the kernel's log prints it: "map_value(off=0,ks=4,vs=8)".
  std::string str() const;

  /// Exact equality (the kernel's regs_exact, ids compared literally).
  bool operator==(const RegState &O) const;
  bool operator!=(const RegState &O) const { return !(*this == O); }
};

} // namespace analysis
} // namespace verifiable

#endif
