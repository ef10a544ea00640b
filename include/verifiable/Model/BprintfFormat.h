//===- BprintfFormat.h - The kernel's printf format rules -------*- C++ -*-===//
//
// bpf_snprintf()'s format string is read while verifying (it is an
// ARG_PTR_TO_CONST_STR in a frozen map) and checked against the grammar the
// kernel's bpf_bprintf_prepare() accepts, with the number of u64 arguments
// the program passes. A format the kernel refuses is "Invalid format
// string".
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_BPRINTFFORMAT_H
#define VERIFIABLE_MODEL_BPRINTFFORMAT_H

#include <string_view>

namespace verifiable {
namespace model {

/// The most arguments bpf_snprintf() takes (MAX_BPRINTF_VARARGS).
constexpr unsigned MaxBprintfArgs = 12;

/// Whether the kernel accepts \p Fmt (without its NUL) with \p NumArgs
/// arguments: printable ASCII, spaces and non-ASCII bytes as text, "%%",
/// and at most NumArgs conversions of the forms [0 +-]*[width] then d, i,
/// u, x, X with up to two 'l's, c, s, p, pK, px, ps, pS, pB, pks, pus,
/// pi4, pI4, pi6 and pI6.
bool bprintfFormatValid(std::string_view Fmt, unsigned NumArgs);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_BPRINTFFORMAT_H
