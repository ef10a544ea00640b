//===- PoisonedRelocations.cpp - libbpf's words for poisoned CO-RE --------===//
//
// The root type's id is found through the object's .BTF.ext, whose CO-RE
// records name it (kind, type id, access string), and the types of the
// object's .BTF with the root's name and kind; the spec is then read in
// that BTF as libbpf reads it (model::formatCoreSpec).
//
// .BTF.ext (little endian, as the BPF target writes it on x86): a header
// {u16 magic 0xeb9f, u8 version, u8 flags, u32 hdr_len, u32 func_info_off,
// u32 func_info_len, u32 line_info_off, u32 line_info_len, u32
// core_relo_off, u32 core_relo_len}, offsets counted from the header's
// end; the CO-RE part is a u32 record size, then per section {u32 name
// offset, u32 count} and that many records {u32 insn_off, u32 type_id, u32
// access_str_off, u32 kind}.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/PoisonedRelocations.h"
#include "verifiable/Model/CoreSpecText.h"

#include <bpf/btf.h>

#include <cstring>
#include <memory>
#include <optional>
#include <set>

using namespace verifiable;

namespace {

struct CoreRecord {
  uint32_t TypeId;
  uint32_t AccessOff;
  uint32_t Kind;
};

uint32_t read32(const std::vector<uint8_t> &Bytes, size_t At) {
  uint32_t V;
  std::memcpy(&V, Bytes.data() + At, sizeof(V));
  return V;
}

/// The CO-RE records of a .BTF.ext section; empty when it has none or is
/// not in this machine's byte order.
std::vector<CoreRecord> coreRecords(const std::vector<uint8_t> &Ext) {
  std::vector<CoreRecord> Out;
  if (Ext.size() < 32 || Ext[0] != 0x9f || Ext[1] != 0xeb)
    return Out;
  uint32_t HdrLen = read32(Ext, 4);
  if (HdrLen < 32 || HdrLen > Ext.size())
    return Out;
  uint64_t Start = uint64_t(HdrLen) + read32(Ext, 24);
  uint64_t End = Start + read32(Ext, 28);
  if (End > Ext.size() || End - Start < 4)
    return Out;
  uint32_t RecSize = read32(Ext, Start);
  if (RecSize < 16)
    return Out;
  for (uint64_t At = Start + 4; At + 8 <= End;) {
    uint32_t Count = read32(Ext, At + 4);
    At += 8;
    for (uint32_t I = 0; I < Count && At + RecSize <= End; ++I, At += RecSize)
      Out.push_back(
          {read32(Ext, At + 4), read32(Ext, At + 8), read32(Ext, At + 12)});
  }
  return Out;
}

bool sameRoot(const struct btf *B, uint32_t Id,
              const PoisonedRelocationSite &S) {
  const struct btf_type *T = btf__type_by_id(B, Id);
  if (!T)
    return false;
  const char *Name = btf__name_by_offset(B, T->name_off);
  if (S.RootName != (Name ? Name : ""))
    return false;
  if (S.RootBtfKind == BTF_KIND_ENUM || S.RootBtfKind == BTF_KIND_ENUM64)
    return btf_is_any_enum(T);
  return btf_kind(T) == S.RootBtfKind;
}

/// The root's id in the object's BTF, when one type can be it.
std::optional<uint32_t> rootId(const struct btf *B,
                               const std::vector<CoreRecord> &Records,
                               const PoisonedRelocationSite &S) {
  std::set<uint32_t> Ids;
  for (const CoreRecord &R : Records) {
    const char *Access = btf__name_by_offset(B, R.AccessOff);
    if (R.Kind == static_cast<uint32_t>(S.Kind) && Access &&
        S.Access == Access && sameRoot(B, R.TypeId, S))
      Ids.insert(R.TypeId);
  }
  if (Ids.empty())
    for (uint32_t Id = 1, N = btf__type_cnt(B); Id < N; ++Id)
      if (sameRoot(B, Id, S))
        Ids.insert(Id);
  if (Ids.size() != 1)
    return std::nullopt;
  return *Ids.begin();
}

} // namespace

void verifiable::describePoisonedRelocations(
    const std::vector<PoisonedRelocationSite> &Sites,
    const ObjectBtf::Sections &Object, bpf::Program &P) {
  P.PoisonedRelocations.assign(Sites.size(), bpf::PoisonedRelocation());
  if (Sites.empty() || Object.Btf.empty())
    return;
  std::unique_ptr<struct btf, void (*)(struct btf *)> B(
      btf__new(Object.Btf.data(), Object.Btf.size()), btf__free);
  if (!B)
    return;
  std::vector<CoreRecord> Records = coreRecords(Object.BtfExt);
  for (size_t I = 0; I < Sites.size(); ++I) {
    std::optional<uint32_t> Id = rootId(B.get(), Records, Sites[I]);
    if (!Id)
      continue;
    if (std::optional<std::string> Spec =
            model::formatCoreSpec(B.get(), *Id, Sites[I].Kind, Sites[I].Access))
      P.PoisonedRelocations[I].Message = model::coreFailureMessage(*Spec);
  }
}
