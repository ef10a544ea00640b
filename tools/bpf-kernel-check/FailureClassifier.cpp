//===- FailureClassifier.cpp - Reject or skipped, and why -----------------===//
//
// The rules:
//  - a verifier log and a failed BPF_PROG_LOAD: the verifier rejected it;
//  - a verifier log but no failed BPF_PROG_LOAD: the kernel accepted the
//    program and libbpf failed afterwards: still an accept;
//  - no log: the verifier never judged the program. The reason comes from
//    libbpf's first warning of a known kind, else from the errno.
//
//===----------------------------------------------------------------------===//
#include "FailureClassifier.h"

#include <bpf/libbpf.h>

#include <cstring>
#include <string_view>

using namespace verifiable::kernelcheck;

namespace {

bool contains(std::string_view Text, std::string_view Part) {
  return Text.find(Part) != std::string_view::npos;
}

/// Kinds of libbpf warnings that name a failure before BPF_PROG_LOAD, in the
/// words of libbpf 1.1's messages, most specific first.
struct WarningKind {
  const char *Needle;
  const char *Category;
};

const WarningKind KnownWarnings[] = {
    {"failed to create", "map creation failed"},
    {"failed to find kernel BTF type ID", "attach target not found"},
    {"failed to find BPF program", "attach target not found"},
    {"no BTF-based attach target", "attach target not specified"},
    {"attach program FD is not set", "attach target not specified"},
    {"missing BPF prog type", "unknown program type"},
    {"extern", "unresolved extern"},
    {"CO-RE", "CO-RE relocation failed"},
    {"relo", "relocation failed"},
    {"BTF", "BTF error"},
    {"permission", "permission denied"},
};

std::string reasonFromMessages(const std::vector<LibbpfMessage> &Messages) {
  // Kinds are in priority order: a specific failure beats the generic
  // warnings libbpf prints on the way out, and an "optional BTF ignored"
  // warning seldom explains anything.
  for (const WarningKind &Kind : KnownWarnings)
    for (const LibbpfMessage &M : Messages)
      if (M.Level == LibbpfMessage::Warn && contains(M.Text, Kind.Needle))
        return std::string(Kind.Category) + ": " + M.Text;
  for (const LibbpfMessage &M : Messages)
    if (M.Level == LibbpfMessage::Warn)
      return "libbpf failed before loading the program: " + M.Text;
  return "";
}

std::string reasonFromErrno(const LoadFailure &F) {
  std::string Code = " (" + errnoName(F.Errno) + ")";
  switch (F.Errno) {
  case EPERM:
  case EACCES:
    return "permission denied: the kernel refused to load this program "
           "type from this process" +
           Code;
  case E2BIG:
    return "the kernel refused the program before verification: too many "
           "instructions or an unexpected attribute" +
           Code;
  case EINVAL: {
    const char *Type =
        libbpf_bpf_prog_type_str(static_cast<enum bpf_prog_type>(F.ProgType));
    if (libbpf_probe_bpf_prog_type(static_cast<enum bpf_prog_type>(F.ProgType),
                                   nullptr) == 0)
      return std::string("unsupported program type '") + (Type ? Type : "?") +
             "' in this kernel" + Code;
    return "the kernel refused the load attributes before verification "
           "(program type, expected attach type or flags)" +
           Code;
  }
  default:
    return "BPF_PROG_LOAD failed before verification: " +
           std::string(std::strerror(F.Errno)) + Code;
  }
}

} // namespace

std::string verifiable::kernelcheck::errnoName(int Errno) {
  // Kernel-internal codes that leak to userspace; glibc has no names for them.
  if (Errno == 524)
    return "ENOTSUPP";
  if (const char *Name = strerrorname_np(Errno))
    return Name;
  return "errno " + std::to_string(Errno);
}

Classification
verifiable::kernelcheck::classifyLoadFailure(const LoadFailure &F) {
  std::string SyscallFailed =
      "prog '" + F.ProgName + "': BPF program load failed";
  bool LoadAttempted = false;
  for (const LibbpfMessage &M : F.Messages)
    if (M.Level == LibbpfMessage::Warn &&
        M.Text.compare(0, SyscallFailed.size(), SyscallFailed) == 0)
      LoadAttempted = true;

  if (F.HasLog && LoadAttempted)
    return {Verdict::Reject, ""};
  if (F.HasLog) {
    std::string After = reasonFromMessages(F.Messages);
    return {Verdict::Accept,
            "the kernel accepted the program, then libbpf failed" +
                (After.empty() ? std::string() : ": " + After)};
  }
  if (LoadAttempted)
    return {Verdict::Skipped, reasonFromErrno(F)};
  std::string Reason = reasonFromMessages(F.Messages);
  if (Reason.empty())
    Reason = "libbpf failed before loading the program: " +
             std::string(std::strerror(F.Errno)) + " (" + errnoName(F.Errno) +
             ")";
  return {Verdict::Skipped, Reason};
}

std::string verifiable::kernelcheck::mapCreationFailure(
    const std::vector<LibbpfMessage> &Messages) {
  // libbpf 1.1: "map 'm': failed to create: ..." and
  // "map 'm': failed to create inner map: ...".
  constexpr std::string_view Prefix = "map '";
  for (const LibbpfMessage &M : Messages) {
    std::string_view Text = M.Text;
    if (M.Level != LibbpfMessage::Warn ||
        Text.substr(0, Prefix.size()) != Prefix)
      continue;
    size_t End = Text.find("': failed to create", Prefix.size());
    if (End != std::string_view::npos)
      return std::string(Text.substr(Prefix.size(), End - Prefix.size()));
  }
  return "";
}

bool verifiable::kernelcheck::logReferencesUncreatedMap(
    const std::string &Log) {
  return contains(Log, "is referenced but wasn't created");
}

bool verifiable::kernelcheck::logMissesExceptionCallback(
    const std::string &Log) {
  return contains(Log, "exception callback type id not found in func_info");
}
