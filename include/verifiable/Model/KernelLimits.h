//===- KernelLimits.h - Numeric limits the verifier enforces ----*- C++ -*-===//
//
// The constants behind the verifier's size and range checks, named once so
// that the engine's messages and bounds agree with each other and with the
// kernel (BPF_MAX_VAR_OFF, MAX_BPF_STACK, MAX_CALL_FRAMES, MAX_ERRNO, ...).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KERNELLIMITS_H
#define VERIFIABLE_MODEL_KERNELLIMITS_H

#include <cstdint>

namespace verifiable {
namespace model {

/// Largest variable offset or size the verifier accepts (BPF_MAX_VAR_OFF,
/// BPF_MAX_VAR_SIZ): a value that may reach it is "unbounded".
constexpr int64_t MaxVarOff = int64_t(1) << 29;
/// Bytes of stack one BPF frame may use (MAX_BPF_STACK), and over a call
/// chain.
constexpr int MaxStackBytes = 512;
/// Frames in a call chain (MAX_CALL_FRAMES).
constexpr int MaxCallFrames = 8;
/// Largest errno a helper returns as -errno (MAX_ERRNO).
constexpr int64_t MaxErrno = 4095;

/// The largest CONFIG_NR_CPUS of x86-64: nr_cpu_ids never exceeds it.
constexpr uint32_t MaxNrCpus = 8192;
/// Instructions the verifier processes before giving up
/// (BPF_COMPLEXITY_LIMIT_INSNS).
constexpr uint64_t MaxProcessedInsns = 1000000;
/// Stack of the callers above which a tail call is refused.
constexpr int TailCallStackLimit = 256;
/// Smallest frame that goes to a private stack (BPF_PRIV_STACK_MIN_SIZE).
constexpr int PrivateStackMinSize = 64;

} // namespace model
} // namespace verifiable

#endif
