//===- JsonWriter.h - One-line JSON objects ---------------------*- C++ -*-===//
//
// Builds the one-line JSON objects bpf-kernel-check prints. Kept apart from
// the loading logic so the output format is defined in one place and the
// escaping rules (control characters, invalid UTF-8) in another.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_JSONWRITER_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_JSONWRITER_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace verifiable {
namespace kernelcheck {

/// Returns \p Text as a quoted JSON string. Bytes that are not valid UTF-8
/// become U+FFFD so the output is always valid JSON.
std::string jsonQuote(std::string_view Text);

/// Accumulates the members of one JSON object, in insertion order.
class JsonObjectWriter {
public:
  JsonObjectWriter &string(std::string_view Key, std::string_view Value);
  JsonObjectWriter &integer(std::string_view Key, int64_t Value);
  JsonObjectWriter &null(std::string_view Key);
  JsonObjectWriter &strings(std::string_view Key,
                            const std::vector<std::string> &Values);
  JsonObjectWriter &integers(std::string_view Key,
                             const std::vector<int64_t> &Values);

  /// The object on one line, without a trailing newline.
  std::string str() const { return "{" + Members + "}"; }

private:
  void key(std::string_view Key);

  std::string Members;
};

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_JSONWRITER_H
