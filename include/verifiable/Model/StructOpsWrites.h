//===- StructOpsWrites.h - Kernel struct writes struct_ops allow -*- C++ -*-=//
//
// Programs may not write through kernel struct pointers, except where the
// program type's verifier_ops provide a btf_struct_access() callback for
// writes. struct_ops types do: a TCP congestion control may write the few
// tcp_sock fields that hold its state (bpf_tcp_ca_btf_struct_access()).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_STRUCTOPSWRITES_H
#define VERIFIABLE_MODEL_STRUCTOPSWRITES_H

#include <cstdint>
#include <string>
#include <string_view>

struct btf;

namespace verifiable {
namespace model {

struct StructOpsWrite {
  enum { Allowed, Refused, Unmodelled } Status = Unmodelled;
  /// Refused: the kernel's log line; Unmodelled: why.
  std::string Message;
};

/// A write of \p Size bytes at \p Off of the kernel struct \p Type, from a
/// program implementing a member of `struct \p StructOps`.
StructOpsWrite structOpsWrite(const struct btf *B, std::string_view StructOps,
                              uint32_t Type, int64_t Off, int64_t Size);

} // namespace model
} // namespace verifiable

#endif
