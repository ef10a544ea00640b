//===- StructOpsSlot.h - Where a struct_ops program is plugged --*- C++ -*-===//
//
// A struct_ops program's section names no attach target: the program is
// plugged into a member of a struct stored in a `.struct_ops` (or
// `.struct_ops.link`) variable, e.g. `.ssthresh` of a `struct
// tcp_congestion_ops`. libbpf reads that variable when it loads the object
// and tells the kernel which struct (attach_btf_id) and which member
// (expected_attach_type) the program implements; the member's prototype is
// then the program's context. Front-ends record each such assignment here.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_STRUCTOPSSLOT_H
#define VERIFIABLE_PROGRAM_STRUCTOPSSLOT_H

#include <string>

namespace verifiable {
namespace bpf {

struct StructOpsSlot {
  /// The `.struct_ops` variable (libbpf's map name).
  std::string Map;
  /// The name of its struct type, which libbpf looks up in the kernel's
  /// BTF ("tcp_congestion_ops", "sched_ext_ops").
  std::string Type;
  /// The member the program's address is stored in.
  std::string Member;
  /// The program (entry function).
  std::string Function;
};

} // namespace bpf
} // namespace verifiable

#endif
