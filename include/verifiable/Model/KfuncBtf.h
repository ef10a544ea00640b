//===- KfuncBtf.h - A kfunc's prototype from the target BTF -----*- C++ -*-===//
//
// The kernel checks a kfunc call against the kfunc's BTF prototype in its
// own BTF: argument kinds follow from the parameter types (scalars,
// pointers to iterators, dynptrs, kernel structs, memory) and from
// parameter-name suffixes (`__sz`, `__k`, `__ign`, `__uninit`, `__opt`,
// `__nullable`, `__str`, ...). This reads that prototype from the target
// kernel's BTF and classifies it; the kernel's flags are in Kfuncs.h.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KFUNCBTF_H
#define VERIFIABLE_MODEL_KFUNCBTF_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verifiable {
namespace model {

class TargetBtf;

/// Parameter-name suffixes the kernel gives a meaning to.
enum KfuncSuffix : uint32_t {
  SuffixSz = 1 << 0,       ///< `__sz`: size of the memory argument before it
  SuffixSzk = 1 << 1,      ///< `__szk`: constant size of the argument before
  SuffixK = 1 << 2,        ///< `__k`: a known constant
  SuffixIgn = 1 << 3,      ///< `__ign`: not checked
  SuffixUninit = 1 << 4,   ///< `__uninit`: written, may be uninitialised
  SuffixOpt = 1 << 5,      ///< `__opt`: a size argument that may be 0
  SuffixNullable = 1 << 6, ///< `__nullable`: may be NULL
  SuffixStr = 1 << 7,      ///< `__str`: a constant string
  SuffixMap = 1 << 8,      ///< `__map`: a map
  SuffixRefcountedKptr = 1 << 9,
  SuffixIter = 1 << 10,    ///< `__iter`: an iterator
  SuffixIrqFlag = 1 << 11, ///< `__irq_flag`
  SuffixAsync = 1 << 12,   ///< `__async`, `__s_async`: a callback
};

enum class KfuncTypeKind : uint8_t {
  Void,
  Scalar,      ///< an integer or enum
  PtrToIter,   ///< struct bpf_iter_<type> *
  PtrToDynptr, ///< struct bpf_dynptr *
  PtrToStruct, ///< another struct or union
  PtrToScalar, ///< pointer to an integer (memory of that size)
  PtrToVoid,   ///< void *
  PtrToFunc,   ///< a callback
  Other,       ///< anything else (arrays, pointers to pointers, ...)
};

struct KfuncType {
  KfuncTypeKind Kind = KfuncTypeKind::Other;
  /// Scalar: its size; a pointer: the size of what it points to (0: void).
  uint32_t Size = 0;
  /// PtrToIter, PtrToStruct: the struct's name ("bpf_iter_num") and its
  /// type id in the target BTF.
  std::string StructName;
  uint32_t StructId = 0;
};

struct KfuncParam {
  std::string Name;
  KfuncType Type;
  uint32_t Suffixes = 0;
  bool has(KfuncSuffix S) const { return Suffixes & S; }
};

struct KfuncProto {
  std::vector<KfuncParam> Params;
  KfuncType Return;
};

/// The prototype of kfunc \p Name in \p Target, or nothing; then \p Problem
/// says why (no target BTF, or the kfunc is not in it).
std::optional<KfuncProto>
readKfuncProto(TargetBtf &Target, std::string_view Name, std::string &Problem);

/// The suffixes \p ParamName carries.
uint32_t kfuncParamSuffixes(std::string_view ParamName);

} // namespace model
} // namespace verifiable

#endif
