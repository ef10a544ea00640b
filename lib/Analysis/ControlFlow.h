//===- ControlFlow.h - The program's shape, checked before any path -------===//
//
// Before it verifies a single path the kernel refuses programs whose
// control flow is malformed: a jump that leaves its subprogram, a
// subprogram that falls into the next one, an instruction no path reaches.
// The compiler never emits them; hand-written assembly does.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_CONTROLFLOW_H
#define VERIFIABLE_LIB_ANALYSIS_CONTROLFLOW_H

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// Every jump stays in its subprogram, and every subprogram ends in an exit
/// or a jump (the kernel's check_subprogs()).
bool checkSubprogJumps(TransferEnv &E);

/// Every instruction is reached from the entry or the exception callback,
/// no jump lands inside an ld_imm64, and, for an unprivileged loader, no
/// edge goes back (the kernel's check_cfg()).
bool checkControlFlowGraph(TransferEnv &E);

} // namespace analysis
} // namespace verifiable

#endif
