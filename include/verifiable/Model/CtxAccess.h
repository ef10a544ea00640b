//===- CtxAccess.h - Loads and stores through the context -------*- C++ -*-===//
//
// Each program type lets a program read some context fields, write fewer,
// and only with certain sizes; some fields do not hold numbers but pointers
// (skb->data becomes a packet pointer). The kernel's *_is_valid_access()
// functions decide; checkCtxAccess() gives the same answer for the program
// types the model covers.
//
// Offsets are the final ones the kernel checks: the instruction's offset plus
// the fixed offset already added to the context pointer. The engine rejects
// variable offsets and BPF_ST/atomic stores to the context itself, before
// asking here.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CTXACCESS_H
#define VERIFIABLE_MODEL_CTXACCESS_H

#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <string>

namespace verifiable {
namespace model {

/// What a permitted load from the context puts into the destination
/// register.
enum class CtxValueKind : uint8_t {
  None,             // a store, or a refused access
  Scalar,           // a number
  PacketData,       // PTR_TO_PACKET (skb->data, xdp->data, optval, ...)
  PacketMeta,       // PTR_TO_PACKET_META
  PacketEnd,        // PTR_TO_PACKET_END
  Socket,           // PTR_TO_SOCKET
  SocketOrNull,     // PTR_TO_SOCKET_OR_NULL
  SockCommonOrNull, // PTR_TO_SOCK_COMMON_OR_NULL
  FlowKeys,         // PTR_TO_FLOW_KEYS
  TpBuffer,         // PTR_TO_TP_BUFFER (writable raw tracepoints)
  BtfId,            // trusted PTR_TO_BTF_ID; see CtxAccess::BtfType
};

struct CtxAccess {
  /// The kernel accepts the access.
  bool Allowed = false;
  /// False: the model does not cover this program type's context; Allowed is
  /// meaningless and the engine must report "unknown".
  bool Modeled = true;
  CtxValueKind Kind = CtxValueKind::None;
  /// Kernel struct name when Kind is BtfId (e.g. "sk_buff").
  const char *BtfType = nullptr;
  /// When refused: the kernel's message,
  /// "invalid bpf_context access off=%d size=%d".
  std::string Message;
};

/// Checks a load (IsWrite == false) or store of \p Size bytes (1, 2, 4 or 8)
/// at \p Off. \p SignExtend marks BPF_MEMSX loads, which the kernel refuses
/// for packet pointer fields.
CtxAccess checkCtxAccess(ProgType PT, AttachType AT, int32_t Off, uint32_t Size,
                         bool IsWrite, bool SignExtend = false);

/// "invalid bpf_context access off=8 size=8".
std::string ctxAccessMessage(int32_t Off, uint32_t Size);

const char *ctxValueKindName(CtxValueKind K);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_CTXACCESS_H
