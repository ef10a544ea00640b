//===- Subprocess.h - Run libbpf work in a child process --------*- C++ -*-===//
//
// libbpf 1.1 can crash on a corrupt object (a few random byte flips in a
// valid object are enough). The tool must answer with an error, never a
// crash, so every piece of work that lets libbpf parse an object runs in a
// forked child. The child sends its result back as bytes; when it dies from a
// signal the caller gets a reason instead. A dying child also takes every
// program and map it loaded with it: nothing is left in the kernel.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_SUBPROCESS_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_SUBPROCESS_H

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace verifiable {
namespace kernelcheck {

/// Runs \p Work in a forked child and stores what it returned in \p Result.
/// Returns false, with a description in \p Failure, if the child did not
/// finish normally (crash, fork failure).
bool runInChild(const std::function<std::string()> &Work, std::string &Result,
                std::string &Failure);

/// Length-prefixed encoding of strings and integers for the bytes a child
/// sends back.
class WireWriter {
public:
  WireWriter &put(std::string_view Text);
  WireWriter &put(int64_t Value);
  const std::string &bytes() const { return Bytes; }

private:
  std::string Bytes;
};

class WireReader {
public:
  explicit WireReader(std::string_view Bytes) : Rest(Bytes) {}
  /// Each getter returns false once the bytes are exhausted or malformed.
  bool get(std::string &Text);
  bool get(int64_t &Value);

private:
  std::string_view Rest;
};

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_SUBPROCESS_H
