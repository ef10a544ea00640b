//===- ModuleDescription.h - Maps, globals and license of a module -*- C++
//-*-=//
//
// The parts of a bpf::Program that live in the IR module rather than in
// machine code: map definitions in .maps (read from debug info, the way
// libbpf reads them from BTF), global data variables, the license string and
// each function's C signature.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_MODULEDESCRIPTION_H
#define VERIFIABLE_FRONTEND_MODULEDESCRIPTION_H

#include "verifiable/Program/Program.h"

namespace llvm {
class DISubprogram;
class Function;
class GlobalVariable;
class Module;
class TargetMachine;
} // namespace llvm

namespace verifiable {

/// Fills Maps, Globals and License of \p P from \p M.
void describeModule(const llvm::Module &M, const llvm::TargetMachine &TM,
                    bpf::Program &P);

/// The ELF section a global variable will be emitted to.
std::string dataSectionOf(const llvm::GlobalVariable &GV,
                          const llvm::TargetMachine &TM);

/// The C signature of \p F from its DISubprogram, with decl tags.
bpf::Signature signatureOf(const llvm::Function &F);

} // namespace verifiable

#endif
