//===- StructOpsMaps.h - Programs stored in .struct_ops variables -*- C++ -*-=//
//
// Internal to lib/Frontend/MIR: reads which member of which struct_ops
// struct each program's address is stored in (bpf::StructOpsSlot).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_STRUCTOPSMAPS_H
#define VERIFIABLE_LIB_FRONTEND_MIR_STRUCTOPSMAPS_H

#include "verifiable/Program/Program.h"

#include "llvm/ADT/StringRef.h"

namespace llvm {
class DataLayout;
class GlobalVariable;
} // namespace llvm

namespace verifiable {

/// Whether libbpf treats a variable in \p Section as a struct_ops map.
bool isStructOpsSection(llvm::StringRef Section);

/// Appends a slot to \p P for each function pointer in \p GV's initializer,
/// named by the member of \p GV's struct type (from its debug info) that
/// holds it.
void readStructOpsVariable(const llvm::GlobalVariable &GV,
                           const llvm::DataLayout &DL, bpf::Program &P);

} // namespace verifiable

#endif
