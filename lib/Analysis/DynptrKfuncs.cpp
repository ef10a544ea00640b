//===- DynptrKfuncs.cpp - Packet dynptrs and dynptr slices ----------------===//
//
// The kernel's special cases for bpf_dynptr_from_skb/xdp and
// bpf_dynptr_slice(_rdwr) in check_kfunc_args() and check_kfunc_call(): the
// packet kfuncs take the program's own context and make an skb or xdp
// dynptr; a slice takes an optional buffer with a constant size and returns
// memory of that size, which dies with the packet data when the dynptr is
// an skb or xdp one (clear_all_pkt_pointers()).
//
//===----------------------------------------------------------------------===//
#include "DynptrKfuncs.h"
#include "HelperCall.h"
#include "MemAccess.h"
#include "StateWalk.h"
#include "TransferEnv.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/PacketAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isPacketDynptrKfunc(const std::string &Name) {
  return Name == "bpf_dynptr_from_skb" || Name == "bpf_dynptr_from_xdp";
}

bool analysis::isDynptrSliceKfunc(const std::string &Name) {
  return Name == "bpf_dynptr_slice" || Name == "bpf_dynptr_slice_rdwr";
}

DynptrKind analysis::uninitDynptrKind(const KfuncCall &K) {
  if (K.Name == "bpf_dynptr_from_skb")
    return DynptrKind::Skb;
  if (K.Name == "bpf_dynptr_from_xdp")
    return DynptrKind::Xdp;
  return K.InitializedDynptr ? K.InitializedDynptr->Type : DynptrKind::Local;
}

bool analysis::checkDynptrCtxArg(TransferEnv &E, Path &P, const KfuncCall &K,
                                 int Regno) {
  // Whether `struct __sk_buff *` is the context of a tracing or netfilter
  // program is decided by BTF (btf_is_prog_ctx_type()): not modelled.
  if (E.Section.Type == model::ProgType::Tracing ||
      E.Section.Type == model::ProgType::Netfilter)
    return E.unknown("the context argument of kfunc '" + K.Name +
                     "' in this program type is not modelled");
  const RegState &R = P.State.reg(Regno);
  std::string Arg = std::to_string(Regno - 1);
  if (K.Info.has(model::KF_TRUSTED_ARGS) && (R.isKnownZero() || R.maybeNull()))
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  if (R.Type != RegType::Ctx) {
    if (!R.isInit())
      return E.unknown("an uninitialised context argument of kfunc '" + K.Name +
                       "'");
    return E.reject("arg#" + Arg + " expected pointer to ctx, but got " +
                    R.typeName());
  }
  if (!R.Var.isConst() || R.Var.constValue() != 0)
    return E.unknown("a context argument at a variable offset");
  if (R.Off)
    return E.reject("dereference of modified ctx ptr " + regName(Regno) +
                    " off=" + std::to_string(R.Off) + " disallowed");
  return true;
}

bool analysis::checkSliceBufferArg(TransferEnv &E, Path &P, KfuncCall &K,
                                   int Regno) {
  const RegState &Size = P.State.reg(Regno + 1);
  if (!Size.isScalar())
    return E.unknown("a size argument of kfunc '" + K.Name +
                     "' that is not a scalar");
  // buffer__opt: NULL skips the memory check.
  if (!P.State.reg(Regno).isKnownZero() &&
      !checkKfuncMemAndSize(E, P, K, Regno))
    return false;
  const RegState &SizeNow = P.State.reg(Regno + 1);
  if (!SizeNow.Var.isConst())
    return E.reject(regName(Regno + 1) + " must be a known constant");
  K.ConstSize = SizeNow.Var.constValue();
  return true;
}

bool analysis::dynptrSliceResult(TransferEnv &E, const Path &P,
                                 const KfuncCall &K, RegState &R0) {
  const std::optional<DynptrSlot> &D = K.InitializedDynptr;
  if (!D || !K.ConstSize || *K.ConstSize > UINT32_MAX)
    return E.unknown("kfunc '" + K.Name +
                     "' without its dynptr or a 32-bit size");
  bool Rdwr = K.Name == "bpf_dynptr_slice_rdwr";
  if (Rdwr && E.Profile.has(model::KernelFeature::DynptrSliceRdwrRefused))
    return E.reject("bpf_dynptr_slice_rdwr() is not allowed");
  if (Rdwr && model::directPacketAccess(E.Section.Type) !=
                  model::PacketAccess::ReadWrite)
    return E.reject("the prog does not allow writes to packet data");
  // The kernel gives such a slice no reference: it outlives the
  // reservation's submit or discard.
  if (D->Type == DynptrKind::Ringbuf)
    return E.unknown("a slice of a ring buffer dynptr is not modelled");
  // On 6.18 not tied to the dynptr (overwriting it leaves the slice
  // alive) but to its stack buffer; on 6.12 tied to the dynptr.
  bool ToBuffer = E.Profile.has(model::KernelFeature::SliceTiedToBuffer);
  uint16_t Flags = MaybeNull | (ToBuffer ? 0 : DynptrSlice);
  if (!Rdwr)
    Flags |= ReadOnly;
  if (D->Type == DynptrKind::Skb || D->Type == DynptrKind::Xdp)
    Flags |= PacketSlice;
  R0 = RegState::pointer(RegType::Mem, Flags);
  R0.MemSize = static_cast<uint32_t>(*K.ConstSize);
  R0.Id = E.newId();
  if (!ToBuffer)
    R0.DynptrId = D->Id;
  // The register still holds the buffer.
  const RegState &Buf = P.State.reg(3);
  if (ToBuffer && Buf.Type == RegType::Stack && R0.MemSize) {
    R0.BufFrame = Buf.Frame + 1;
    R0.BufOff = Buf.Off + static_cast<int32_t>(
                              static_cast<int64_t>(Buf.Var.constValue()));
  }
  return true;
}

/// Whether \p R is a slice whose stack buffer in frame \p Frame overlaps
/// bytes [Lo, Hi).
static bool bufferOverlaps(const RegState &R, unsigned Frame, int64_t Lo,
                           int64_t Hi) {
  if (R.Type != RegType::Mem || R.BufFrame != Frame + 1)
    return false;
  return Lo < R.BufOff + static_cast<int64_t>(R.MemSize) && R.BufOff < Hi;
}

bool analysis::writeSliceBuffers(TransferEnv &E, VerifierState &S,
                                 unsigned Frame, int64_t Lo, int64_t Hi,
                                 bool Exact) {
  bool Overlap = false;
  forEachReg(S, [&](RegState &R) {
    if (!bufferOverlaps(R, Frame, Lo, Hi))
      return;
    Overlap = true;
    if (Exact)
      R = E.privileged() ? RegState::unknownScalar() : RegState::notInit();
  });
  if (Overlap && !Exact)
    return E.unknown("a variable-offset write may touch the buffer of a "
                     "dynptr slice");
  return true;
}

bool analysis::checkNoSliceBufferIn(TransferEnv &E, VerifierState &S,
                                    unsigned Frame) {
  bool Found = false;
  forEachReg(S, [&](RegState &R) {
    Found |= R.Type == RegType::Mem && R.BufFrame == Frame + 1;
  });
  if (Found)
    return E.unknown("a dynptr slice outlives the frame holding its buffer");
  return true;
}
