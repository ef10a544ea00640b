//===- KsymExterns.h - __ksym variables and their resolution ----*- C++ -*-===//
//
// `extern <type> NAME __ksym;` variables name kernel objects; libbpf
// resolves them against the target kernel before loading (typed ones
// through its BTF, untyped ones through its symbol table) and fails the
// load for a strong one the kernel lacks.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_KSYMEXTERNS_H
#define VERIFIABLE_FRONTEND_KSYMEXTERNS_H

#include "verifiable/Program/Program.h"

namespace llvm {
class Module;
} // namespace llvm

namespace verifiable {
namespace model {
class KernelSymbols;
class TargetBtf;
} // namespace model

/// Adds the __ksym variables of \p M to \p P (Ksyms) and, for a strong one
/// the target kernel lacks, libbpf's load error (LoadErrors). \p Symbols
/// and \p Btf may be null (presence then unknown).
void describeKsymExterns(const llvm::Module &M, model::KernelSymbols *Symbols,
                         model::TargetBtf *Btf, bpf::Program &P);

} // namespace verifiable

#endif
