//===- ProgramLoader.cpp - Load one program into the kernel ---------------===//
//
// open -> keep one program -> size maps -> load -> close, with the verifier
// log retried bigger when the kernel says it did not fit (ENOSPC).
//
//===----------------------------------------------------------------------===//
#include "ProgramLoader.h"

#include "FailureClassifier.h"
#include "LibbpfOutput.h"
#include "MapDefaults.h"
#include "Subprocess.h"

#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace verifiable::kernelcheck;

namespace {

LoadOutcome skipped(std::string Reason, int Errno = 0) {
  LoadOutcome Out;
  Out.Result = Verdict::Skipped;
  Out.Reason = std::move(Reason);
  Out.Errno = Errno;
  return Out;
}

/// One attempt with a log buffer of \p LogSize bytes.
LoadOutcome loadOnce(const std::string &Path, const std::string &ProgName,
                     uint32_t LogLevel, size_t LogSize) {
  takeLibbpfMessages();
  bpf_object *Obj = bpf_object__open_file(Path.c_str(), nullptr);
  if (!Obj || libbpf_get_error(Obj))
    return skipped("libbpf cannot open the object", errno);

  bpf_program *Target = nullptr;
  bpf_program *Prog;
  bpf_object__for_each_program(Prog, Obj) {
    bool IsTarget = !Target && ProgName == bpf_program__name(Prog);
    bpf_program__set_autoload(Prog, IsTarget);
    if (IsTarget)
      Target = Prog;
  }
  if (!Target) {
    bpf_object__close(Obj);
    return skipped("no program named '" + ProgName + "'", ENOENT);
  }

  std::vector<char> Log(LogSize, '\0');
  bpf_program__set_log_buf(Target, Log.data(), Log.size());
  bpf_program__set_log_level(Target, LogLevel);
  bpf_program__set_flags(Target,
                         bpf_program__flags(Target) & ~BPF_F_TEST_STATE_FREQ);
  prepareMaps(Obj);

  int Err = bpf_object__load(Obj);
  unsigned ProgType = bpf_program__type(Target);
  // Closing unloads the program and its maps; the tool never pins.
  bpf_object__close(Obj);

  LoadOutcome Out;
  Out.Log.assign(Log.data(), strnlen(Log.data(), Log.size()));
  if (Err == 0) {
    Out.Result = Verdict::Accept;
    takeLibbpfMessages();
    return Out;
  }
  LoadFailure Failure;
  Failure.ProgName = ProgName;
  Failure.ProgType = ProgType;
  Failure.Errno = Err < 0 ? -Err : Err;
  Failure.HasLog = !Out.Log.empty();
  Failure.Messages = takeLibbpfMessages();
  Classification C = classifyLoadFailure(Failure);
  Out.Result = C.Result;
  Out.Reason = C.Reason;
  Out.Errno = Out.Result == Verdict::Accept ? 0 : Failure.Errno;
  return Out;
}

/// Child side: every attempt, then the outcome encoded for the parent.
std::string loadAndEncode(const std::string &Path, const std::string &ProgName,
                          const LoadSettings &Settings) {
  LoadOutcome Out;
  for (size_t Size = Settings.InitialLogSize;; Size *= 4) {
    Out = loadOnce(Path, ProgName, Settings.LogLevel, Size);
    // ENOSPC with a log: the log did not fit and the kernel discarded the
    // verdict. Retry with a bigger buffer.
    if (Out.Errno != ENOSPC || Out.Log.empty())
      break;
    if (Size * 4 > Settings.MaxLogSize) {
      Out.Result = Verdict::Skipped;
      Out.Reason = "the verifier log does not fit in " +
                   std::to_string(Size >> 20) +
                   " MiB (ENOSPC); the kernel gave no verdict";
      break;
    }
  }
  WireWriter W;
  W.put(int64_t(Out.Result)).put(int64_t(Out.Errno)).put(Out.Reason).put(
      Out.Log);
  return W.bytes();
}

} // namespace

LoadOutcome verifiable::kernelcheck::loadProgram(const std::string &Path,
                                                 const std::string &ProgName,
                                                 const LoadSettings &Settings) {
  std::string Bytes, Failure;
  if (!runInChild([&] { return loadAndEncode(Path, ProgName, Settings); },
                  Bytes, Failure))
    return skipped("corrupt BPF object: " + Failure);

  WireReader In(Bytes);
  int64_t Result = 0, Errno = 0;
  LoadOutcome Out;
  if (!In.get(Result) || !In.get(Errno) || !In.get(Out.Reason) ||
      !In.get(Out.Log) || Result < 0 || Result > int64_t(Verdict::Skipped))
    return skipped("internal error: malformed answer from the worker process");
  Out.Result = static_cast<Verdict>(Result);
  Out.Errno = static_cast<int>(Errno);
  return Out;
}
