//===- ProgTypes.h - Program types and expected attach types ----*- C++ -*-===//
//
// The kernel decides what a program may do from two numbers it is loaded
// with: the program type and the expected attach type. Both enums keep the
// kernel's numbering so values read from an object or a bpf_attr can be cast
// directly. Rows live in ProgTypes.def and AttachTypes.def next to this header.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_PROGTYPES_H
#define VERIFIABLE_MODEL_PROGTYPES_H

#include <cstdint>
#include <optional>
#include <string_view>

namespace verifiable {
namespace model {

enum class ProgType : uint32_t {
#define PROG_TYPE(Enumerator, Id, KernelName, Modeled) Enumerator = Id,
#include "verifiable/Model/ProgTypes.def"
};

/// Expected attach type. Programs whose section sets none are loaded with 0,
/// which the kernel spells BPF_CGROUP_INET_INGRESS; that is what we use too.
enum class AttachType : uint32_t {
#define ATTACH_TYPE(Enumerator, Id, KernelName) Enumerator = Id,
#include "verifiable/Model/AttachTypes.def"
};

/// "BPF_PROG_TYPE_XDP" and friends; nullptr for a value the kernel lacks.
const char *progTypeName(ProgType PT);
/// "BPF_XDP" and friends; nullptr for a value the kernel lacks.
const char *attachTypeName(AttachType AT);

/// Inverse of progTypeName/attachTypeName, for tests and command lines.
std::optional<ProgType> progTypeFromName(std::string_view KernelName);
std::optional<AttachType> attachTypeFromName(std::string_view KernelName);

/// Whether the engine predicts verdicts for this program type. For the
/// others it must report "unknown".
bool isProgTypeModeled(ProgType PT);

/// The kernel's is_tracing_prog_type(): kprobe, tracepoint, perf_event and
/// raw tracepoints. These may not use maps holding bpf_spin_lock, bpf_timer,
/// bpf_wq, bpf_list_head or bpf_rb_root.
bool isTracingProgType(ProgType PT);

/// The kernel's bpf_enable_priv_stack(): with the x86-64 JIT, programs of
/// these types run large frames on a private stack, so those frames do not
/// count towards the 512-byte combined stack (kprobe, tracepoint,
/// perf_event, raw tracepoint; not the writable one).
bool mayUsePrivateStack(ProgType PT);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_PROGTYPES_H
