//===- Graphs.h - Lists and trees of program-allocated objects --*- C++ -*-===//
//
// Internal to lib/Analysis. A bpf_list_head or bpf_rb_root in a map value
// or global holds objects from bpf_obj_new() through their bpf_list_node or
// bpf_rb_node, under the bpf_spin_lock of the same value. The graph kfuncs
// (bpf_list_push_*, bpf_list_pop_*, bpf_rbtree_add_impl, bpf_rbtree_first,
// bpf_rbtree_remove) check their root and node arguments, turn a pushed
// object's owning reference into a non-owning one, and hand out objects
// found in the graph (GraphKfuncs.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_GRAPHS_H
#define VERIFIABLE_LIB_ANALYSIS_GRAPHS_H

#include "KfuncCall.h"

#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// Whether the kernel could build the record of special fields of \p M's
/// value: each list head or tree root must name, in its `__contains` tag,
/// a struct of the program's BTF with a node of the right kind
/// (btf_parse_graph_root()). An invalid record has no fields at all.
enum class GraphRecord { Valid, Invalid, Unknown };
GraphRecord graphRecordOf(TransferEnv &E, const bpf::MapDef &M);

/// Whether \p Name is one of the graph kfuncs modelled here.
bool isGraphKfunc(const std::string &Name);
/// Whether \p Name may be called while a bpf_spin_lock is held: a graph
/// kfunc or bpf_refcount_acquire_impl (is_bpf_graph_api_kfunc()).
bool isGraphApiKfunc(const std::string &Name);
/// A pointer argument R<Regno> of graph kfunc \p K (check_kfunc_args()).
bool checkGraphArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// After the arguments: bpf_rbtree_add_impl() queues its `less` callback;
/// a push turns the node's owning reference into a non-owning one.
bool finishGraphArgs(TransferEnv &E, Path &P, const KfuncCall &K);
/// R0 of a graph kfunc returning a node.
bool graphResult(TransferEnv &E, Path &P, const KfuncCall &K, RegState &R0);
/// bpf_spin_unlock(): every non-owning reference becomes a number
/// (invalidate_non_owning_refs()).
void invalidateNonOwningRefs(TransferEnv &E, VerifierState &S);
/// Whether the innermost frames of \p S run bpf_rbtree_add_impl()'s `less`
/// callback (in_rbtree_lock_required_cb()).
bool inRbtreeCallback(TransferEnv &E, const VerifierState &S);

} // namespace analysis
} // namespace verifiable

#endif
