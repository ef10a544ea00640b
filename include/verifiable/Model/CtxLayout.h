//===- CtxLayout.h - Layouts of the context structs -------------*- C++ -*-===//
//
// What R1 points to at program entry depends on the program type: struct
// __sk_buff for tc, struct xdp_md for XDP, pt_regs for kprobes, and so on.
// This header names those structs and their fields, so that diagnostics can
// say "__sk_buff->cb[2]" instead of "ctx+56". The access rules are in
// CtxAccess.h.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CTXLAYOUT_H
#define VERIFIABLE_MODEL_CTXLAYOUT_H

#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace verifiable {
namespace model {

enum class CtxStruct : uint8_t {
#define CTX_STRUCT(Tag, CName, Size) Tag,
#include "verifiable/Model/CtxLayouts.def"
};

struct CtxField {
  const char *Name;
  uint32_t Offset;
  /// Size of one element; the field spans ElemSize * Count bytes.
  uint32_t ElemSize;
  uint32_t Count;
};

/// "struct __sk_buff" and friends.
const char *ctxStructName(CtxStruct S);
/// sizeof() the struct; for the tracepoint buffer, the most the kernel lets
/// a program read.
uint32_t ctxStructSize(CtxStruct S);

/// The struct R1 points to for programs of type \p PT; std::nullopt when the
/// context is described by BTF (tracing, LSM, ...) or unmodelled.
std::optional<CtxStruct> ctxStructOf(ProgType PT);

/// The field with this name, or nullptr.
const CtxField *findCtxField(CtxStruct S, std::string_view Name);
/// The first field covering byte \p Off, or nullptr (padding, out of range).
const CtxField *ctxFieldAt(CtxStruct S, int64_t Off);

/// "cb[2]", "len", "remote_ip6[1]+2"; empty when no field covers \p Off.
std::string describeCtxOffset(CtxStruct S, int64_t Off);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_CTXLAYOUT_H
