//===- CallbackSites.h - Helpers and kfuncs that call back ------*- C++ -*-===//
//
// bpf_loop, bpf_for_each_map_elem, timers, work queues, bpf_rbtree_add, ...
// take a static function and call it with registers the kernel fills in. The
// rows are in CallbackSites.def; the IR transforms use them to tag callbacks
// in BTF and to check a callback's parameters against what it will receive.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CALLBACKSITES_H
#define VERIFIABLE_MODEL_CALLBACKSITES_H

#include <string_view>

namespace verifiable {
namespace model {

struct CallbackSite {
  /// E.g. "bpf_loop", "bpf_rbtree_add".
  const char *Name;
  /// Helper id; 0 for a kfunc.
  unsigned HelperId;
  /// Kfunc symbol, "" for a helper.
  const char *Kfunc;
  int CallbackArg;
  /// Argument the kernel hands on to the callback as its context, or -1.
  int CtxArg;
  /// Argument that is the map the callback is run for, or -1.
  int MapArg;
  /// Argument pointing into a map value (timer, work queue), or -1: the
  /// callback receives that map, key and value.
  int MapValueArg;
  /// Parameters the kernel initializes (R1..R<NumParams>).
  unsigned NumParams;
  int ParamMap;
  int ParamKey;
  int ParamValue;
  int ParamCtx;
};

/// The row for helper \p Id, or nullptr if it takes no callback.
const CallbackSite *findCallbackHelper(unsigned Id);
/// The row for the kfunc named \p Symbol, or nullptr.
const CallbackSite *findCallbackKfunc(std::string_view Symbol);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_CALLBACKSITES_H
