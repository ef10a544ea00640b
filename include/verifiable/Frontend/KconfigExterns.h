//===- KconfigExterns.h - __kconfig externs as the .kconfig map -*- C++ -*-===//
//
// libbpf gathers a module's `extern ... __kconfig` variables into one
// read-only, frozen map, .kconfig, in an order and at offsets of its own,
// filled with the target kernel's values. This lays them out the same way,
// as global variables of a ".kconfig" section whose bytes are the values
// (empty where a value is unknown), and records libbpf's load errors.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_KCONFIGEXTERNS_H
#define VERIFIABLE_FRONTEND_KCONFIGEXTERNS_H

#include "verifiable/Model/KconfigExterns.h"
#include "verifiable/Program/Program.h"

namespace llvm {
class Module;
} // namespace llvm

namespace verifiable {

/// The section name the engine gives the .kconfig map's variables.
inline constexpr const char *KconfigSection = ".kconfig";

/// Adds the __kconfig externs of \p M to \p P: Globals of KconfigSection
/// and, where libbpf would fail the load, LoadErrors.
void describeKconfigExterns(const llvm::Module &M, model::KconfigInputs &In,
                            bpf::Program &P);

} // namespace verifiable

#endif
