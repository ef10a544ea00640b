//===- CtxAccessNetfilter.cpp - struct bpf_nf_ctx contexts ----------------===//
//
// Netfilter programs get two read-only pointers, to the hook state and to
// the skb; both are trusted BTF pointers to kernel structs.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

Verdict netfilterAccess(const Request &R) {
  if (!inBoundsAligned(R, BpfNfCtx::StructSize) || R.Write || R.Size != 8)
    return refuse();
  Verdict V = accept(R, CtxValueKind::BtfId);
  V.Btf = BpfNfCtx::state.contains(R.Off) ? "nf_hook_state" : "sk_buff";
  return V;
}

} // namespace ctx
} // namespace model
} // namespace verifiable
