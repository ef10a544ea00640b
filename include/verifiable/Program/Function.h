//===- Function.h - A BPF function: program entry or subprogram -*- C++ -*-===//
//
// One C function as the kernel will see it after libbpf's linking: its
// instructions, its section (which decides the program type of an entry),
// and what the front-end learned of its C signature from debug info.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_FUNCTION_H
#define VERIFIABLE_PROGRAM_FUNCTION_H

#include "verifiable/Program/Insn.h"

#include <string>
#include <vector>

namespace verifiable {
namespace bpf {

/// A C parameter or return type, as far as the verifier cares.
struct ParamType {
  enum Kind : uint8_t { Void, Scalar, Pointer, Unknown };
  Kind K = Unknown;
  unsigned Size = 0;       ///< Scalar size, or pointee size for pointers
                           ///< (0 when the pointee size is unknown: void *).
  std::string PointeeName; ///< struct/typedef name of the pointee, if any.
  bool HasArgCtx = false;  ///< decl tag "arg:ctx".
  bool HasArgNonNull = false;
  bool HasArgTrusted = false;  ///< decl tag "arg:trusted".
  bool HasArgNullable = false; ///< decl tag "arg:nullable".
  /// Another "arg:" decl tag (untrusted, arena, ...), which
  /// changes what the kernel makes of the parameter; empty if none.
  std::string OtherArgTag;
};

struct Signature {
  ParamType Return;
  std::vector<ParamType> Params;
  bool Known = false; ///< false when debug info did not describe the function.
  /// The function named by an "exception_callback:<name>" decl tag on this
  /// one: the program's exception callback, which libbpf appends.
  std::string ExceptionCallback;
  /// How many such tags there are (the kernel refuses more than one).
  int ExceptionCallbackTags = 0;
};

struct Function {
  std::string Name;
  std::string Section; ///< ELF section: "xdp", "tc", ".text", ...
  /// External linkage and default visibility: verified once, from its BTF
  /// signature. Hidden globals are static to the kernel (libbpf).
  bool IsGlobal = false;
  bool SkipRequested = false; ///< annotate("verifiable:skip").
  Signature Sig;
  SourceLoc DeclLoc;
  std::vector<Insn> Insns;
  /// Why the front-end could not lower the function faithfully (inline asm it
  /// cannot read, an instruction without encoding, ...); empty when it could.
  std::string LoweringProblem;

  /// A program entry: a function the loader loads as a BPF program.
  bool isProgramEntry() const {
    return !Section.empty() && Section != ".text" && Section.rfind(".", 0) != 0;
  }
};

} // namespace bpf
} // namespace verifiable

#endif
