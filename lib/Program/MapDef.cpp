//===- MapDef.cpp - Names of the special fields of map values -------------===//
//
// The kernel recognises a handful of structs in a map value's BTF by name
// (btf_parse_fields()) and manages their bytes itself; the front-ends find
// them by the same names, the engine names them in messages.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Program/MapDef.h"

using namespace verifiable::bpf;

namespace {
struct FieldName {
  SpecialField::Kind K;
  const char *Struct;
};
} // namespace

static const FieldName FieldNames[] = {
    {SpecialField::SpinLock, "bpf_spin_lock"},
    {SpecialField::ResSpinLock, "bpf_res_spin_lock"},
    {SpecialField::Timer, "bpf_timer"},
    {SpecialField::Workqueue, "bpf_wq"},
    {SpecialField::ListHead, "bpf_list_head"},
    {SpecialField::RbRoot, "bpf_rb_root"},
    {SpecialField::Refcount, "bpf_refcount"},
};

/// Kinds only objects from bpf_obj_new() have: named, never searched for
/// in map values.
static const FieldName NodeNames[] = {
    {SpecialField::ListNode, "bpf_list_node"},
    {SpecialField::RbNode, "bpf_rb_node"},
};

const char *SpecialField::nameOf(Kind K) {
  for (const FieldName &N : FieldNames)
    if (N.K == K)
      return N.Struct;
  for (const FieldName &N : NodeNames)
    if (N.K == K)
      return N.Struct;
  return "unknown";
}

bool SpecialField::kindOfNodeStruct(const std::string &Name, Kind &Out) {
  for (const FieldName &N : NodeNames)
    if (Name == N.Struct) {
      Out = N.K;
      return true;
    }
  return false;
}

bool SpecialField::kindOfStruct(const std::string &Name, Kind &Out) {
  for (const FieldName &N : FieldNames)
    if (Name == N.Struct) {
      Out = N.K;
      return true;
    }
  return false;
}
