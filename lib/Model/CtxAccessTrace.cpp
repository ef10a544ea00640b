//===- CtxAccessTrace.cpp - kprobe, tracepoint, perf_event, raw_tp --------===//
//
// Tracing contexts are read-only views of kernel memory: the probed
// registers (pt_regs on x86-64), the tracepoint's record, the perf sample,
// or the raw tracepoint's u64 arguments. The kernel checks only bounds and
// alignment at load time; whether an offset exists for the particular
// tracepoint is checked when the program is attached, not by the verifier.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

namespace {

// The first 8 bytes of a tracepoint buffer hold a pointer only the kernel
// may read.
constexpr int64_t TracepointHiddenBytes = 8;

} // namespace

Verdict kprobeAccess(const Request &R) {
  if (R.Write || !inBoundsAligned(R, PtRegs::StructSize) ||
      R.Off + R.Size > PtRegs::StructSize)
    return refuse();
  return accept(R);
}

Verdict tracepointAccess(const Request &R) {
  // The kernel compares the signed offset with an unsigned size, so negative
  // offsets pass the lower bound: the host kernel accepts them (if aligned).
  if (R.Write || (R.Off >= 0 && R.Off < TracepointHiddenBytes) ||
      R.Off >= TracepointBuffer::StructSize || R.Off % R.Size != 0)
    return refuse();
  return accept(R);
}

Verdict perfEventAccess(const Request &R) {
  if (R.Write || !inBoundsAligned(R, BpfPerfEventData::StructSize))
    return refuse();
  if (BpfPerfEventData::sample_period.contains(R.Off) ||
      BpfPerfEventData::addr.contains(R.Off))
    return acceptIf(narrowOk(R.Size, 8), R);
  // The registers: whole 8-byte words only.
  return acceptIf(R.Size == 8, R);
}

Verdict rawTracepointAccess(const Request &R, bool Writable) {
  CtxValueKind Kind = CtxValueKind::Scalar;
  if (Writable && R.Off == 0) {
    // args[0] of a writable raw tracepoint is the buffer it may write.
    if (R.Size != 8 || R.Write)
      return refuse();
    Kind = CtxValueKind::TpBuffer;
  }
  if (R.Write || !inBoundsAligned(R, RawTracepointArgs::StructSize))
    return refuse();
  return accept(R, Kind);
}

} // namespace ctx
} // namespace model
} // namespace verifiable
