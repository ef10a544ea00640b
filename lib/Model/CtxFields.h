//===- CtxFields.h - Field offsets for the context rules --------*- C++ -*-===//
//
// Private to lib/Model. Turns CtxLayouts.def into named byte ranges
// (ctx::SkBuff::cb, ctx::XdpMd::data, ...) and small predicates, so that the
// access rules read as statements about fields rather than numbers.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_MODEL_CTXFIELDS_H
#define VERIFIABLE_LIB_MODEL_CTXFIELDS_H

#include <cstdint>

namespace verifiable {
namespace model {
namespace ctx {

/// The bytes [Begin, End) of a field.
struct Field {
  int64_t Begin;
  int64_t End;
  /// Size of one element (the whole field for non-arrays).
  uint32_t Elem;

  /// Byte \p Off lies inside the field.
  constexpr bool contains(int64_t Off) const {
    return Off >= Begin && Off < End;
  }
  /// \p Off is the field's first byte.
  constexpr bool startsAt(int64_t Off) const { return Off == Begin; }
  constexpr uint32_t size() const { return static_cast<uint32_t>(End - Begin); }
};

#define CTX_STRUCT(Tag, CName, Size)                                           \
  namespace Tag {                                                              \
  constexpr int64_t StructSize = Size;                                         \
  }
#define CTX_FIELD(Tag, Name, Offset, ElemSize, Count)                          \
  namespace Tag {                                                              \
  constexpr Field Name{Offset, Offset + (ElemSize) * (Count), ElemSize};       \
  }
#include "verifiable/Model/CtxLayouts.def"

/// A load of \p Size bytes from a field of \p FieldSize bytes that the
/// kernel rewrites into a full load plus shift and mask: any power of two up
/// to the field's size.
constexpr bool narrowOk(uint32_t Size, uint32_t FieldSize) {
  return Size <= FieldSize && (Size & (Size - 1)) == 0;
}

/// An 8-byte access to two consecutive 4-byte elements of \p F (as for
/// user_ip6), 8-byte aligned and inside the field.
constexpr bool wideOk(int64_t Off, uint32_t Size, const Field &F) {
  return Size == 8 && Off >= F.Begin && Off + 8 <= F.End && Off % 8 == 0;
}

} // namespace ctx
} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_LIB_MODEL_CTXFIELDS_H
