//===- ConntrackKfuncs.cpp - Connection tracking from tc and XDP ----------===//
//
// The conntrack kfuncs (bpf_xdp_ct_lookup, bpf_skb_ct_alloc,
// bpf_ct_insert_entry, bpf_ct_release, bpf_ct_set_timeout, ...) take the
// program's context, a tuple and an options struct as memory-and-size
// pairs (KfuncMemArg.cpp), and give acquired, maybe-NULL `struct nf_conn`
// or `struct nf_conn___init` pointers (KfuncStructArg.cpp). What is theirs
// alone is here: the context argument, and the write hook conntrack
// registers for tc and XDP programs (nf_conntrack_btf_struct_access()),
// which lets a program write the `mark` of a connection and nothing else.
// Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "KfuncCall.h"
#include "MemAccess.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isConntrackKfunc(const std::string &Name) {
  static const char *const Names[] = {
      "bpf_xdp_ct_lookup",    "bpf_skb_ct_lookup",     "bpf_xdp_ct_alloc",
      "bpf_skb_ct_alloc",     "bpf_ct_insert_entry",   "bpf_ct_release",
      "bpf_ct_set_timeout",   "bpf_ct_change_timeout", "bpf_ct_set_status",
      "bpf_ct_change_status", "bpf_ct_set_nat_info",
  };
  for (const char *N : Names)
    if (Name == N)
      return true;
  return false;
}

bool analysis::isKfuncCtxParam(TransferEnv &E, const model::KfuncParam &P) {
  if (P.Type.Kind != model::KfuncTypeKind::PtrToStruct)
    return false;
  const std::string &N = P.Type.StructName;
  return N == "xdp_md" || N == "__sk_buff";
}

bool analysis::checkKfuncCtxParam(TransferEnv &E, Path &P, const KfuncCall &K,
                                  int Regno) {
  const std::string &N = K.Proto.Params[Regno - 1].Type.StructName;
  model::ProgType T = E.Section.Type;
  bool Ours = N == "xdp_md" ? T == model::ProgType::Xdp
                            : T == model::ProgType::SchedCls ||
                                  T == model::ProgType::SchedAct;
  if (!Ours)
    return E.unknown("a struct " + N + " argument of kfunc '" + K.Name +
                     "' in a program of another type is not modelled yet");
  return checkKernCtxArg(E, K, P, Regno);
}

/// The offset and end of `struct nf_conn`'s `mark` in the target BTF.
static bool markField(const struct btf *B, uint32_t &Off, uint32_t &End) {
  int Id = btf__find_by_name_kind(B, "nf_conn", BTF_KIND_STRUCT);
  if (Id <= 0)
    return false;
  const struct btf_type *T = btf__type_by_id(B, Id);
  const struct btf_member *M = btf_members(T);
  for (int I = 0, N = btf_vlen(T); I < N; ++I, ++M) {
    if (std::string_view(btf__name_by_offset(B, M->name_off)) != "mark")
      continue;
    long Size = btf__resolve_size(B, M->type);
    if (Size <= 0 || btf_member_bit_offset(T, I) % 8)
      return false;
    Off = btf_member_bit_offset(T, I) / 8;
    End = Off + static_cast<uint32_t>(Size);
    return true;
  }
  return false;
}

bool analysis::hasConntrackWriteHook(TransferEnv &E) {
  switch (E.Section.Type) {
  case model::ProgType::SchedCls:
  case model::ProgType::SchedAct:
  case model::ProgType::Xdp:
    return true;
  default:
    return false;
  }
}

bool analysis::checkConntrackWrite(TransferEnv &E, const RegState &Ptr,
                                   const MemAccess &A) {
  const struct btf *B = targetBtf(E);
  std::string Name = model::btfTypeName(B, Ptr.BtfType);
  if (Name != "nf_conn" && Name != "nf_conn___init")
    return E.reject("only read is supported");
  uint32_t Off = 0, End = 0;
  if (!markField(B, Off, End))
    return E.unknown("struct nf_conn without a mark field in the target BTF");
  if (A.Off != static_cast<int64_t>(Off))
    return E.reject("no write support to nf_conn at off " +
                    std::to_string(A.Off));
  if (A.Off + static_cast<int64_t>(A.Size) > static_cast<int64_t>(End))
    return E.reject("write access at off " + std::to_string(A.Off) +
                    " with size " + std::to_string(A.Size) +
                    " beyond the member of nf_conn ended at " +
                    std::to_string(End));
  return true;
}
