//===- ProgramLoader.cpp - Load one program into the kernel ---------------===//
//
// open -> keep one program -> size maps -> load -> close, retried
//  - with a bigger verifier log when the kernel says it did not fit
//    (ENOSPC: the kernel then discards the verdict), and at the statistics
//    level when even the largest buffer is too small;
//  - without a map the kernel refused to create. libbpf creates every map of
//    the object, used by the program or not, so one odd map would otherwise
//    hide the verdict of every program. A program that does use the missing
//    map stops at a poisoned instruction, which libbpf explains in the log;
//    that program is reported skipped with the map's creation failure.
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
#include <set>
#include <vector>

using namespace verifiable::kernelcheck;

namespace {

/// BPF_LOG_STATS alone: the error line and the statistics, no path.
constexpr uint32_t StatsOnlyLogLevel = 4;

/// Maps left out after failing to create; more means something systematic.
constexpr size_t MaxUncreatedMaps = 8;

LoadOutcome skipped(std::string Reason, int Errno = 0) {
  LoadOutcome Out;
  Out.Result = Verdict::Skipped;
  Out.Reason = std::move(Reason);
  Out.Errno = Errno;
  return Out;
}

struct Attempt {
  LoadOutcome Outcome;
  /// The map libbpf failed to create, if that is what stopped the load.
  std::string FailedMap;
};

/// One attempt with a log buffer of \p LogSize bytes, without the maps in
/// \p Uncreated.
Attempt loadOnce(const std::string &Path, const std::string &ProgName,
                 uint32_t LogLevel, size_t LogSize,
                 const std::set<std::string> &Uncreated) {
  Attempt A;
  takeLibbpfMessages();
  bpf_object *Obj = bpf_object__open_file(Path.c_str(), nullptr);
  if (!Obj || libbpf_get_error(Obj)) {
    A.Outcome = skipped("libbpf cannot open the object", errno);
    return A;
  }

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
    A.Outcome = skipped("no program named '" + ProgName + "'", ENOENT);
    return A;
  }

  std::vector<char> Log(LogSize, '\0');
  bpf_program__set_log_buf(Target, Log.data(), Log.size());
  bpf_program__set_log_level(Target, LogLevel);
  bpf_program__set_flags(Target,
                         bpf_program__flags(Target) & ~BPF_F_TEST_STATE_FREQ);
  prepareMaps(Obj);
  bpf_map *Map;
  bpf_object__for_each_map(Map, Obj) {
    if (Uncreated.count(bpf_map__name(Map)))
      bpf_map__set_autocreate(Map, false);
  }

  int Err = bpf_object__load(Obj);
  unsigned ProgType = bpf_program__type(Target);
  // Closing unloads the program and its maps; the tool never pins.
  bpf_object__close(Obj);

  LoadOutcome &Out = A.Outcome;
  Out.Log.assign(Log.data(), strnlen(Log.data(), Log.size()));
  std::vector<LibbpfMessage> Messages = takeLibbpfMessages();
  if (Err == 0) {
    Out.Result = Verdict::Accept;
    return A;
  }
  LoadFailure Failure;
  Failure.ProgName = ProgName;
  Failure.ProgType = ProgType;
  Failure.Errno = Err < 0 ? -Err : Err;
  Failure.HasLog = !Out.Log.empty();
  Failure.Messages = Messages;
  Classification C = classifyLoadFailure(Failure);
  Out.Result = C.Result;
  Out.Reason = C.Reason;
  Out.Errno = Out.Result == Verdict::Accept ? 0 : Failure.Errno;
  if (Out.Result == Verdict::Skipped)
    A.FailedMap = mapCreationFailure(Messages);
  return A;
}

LoadOutcome loadWithRetries(const std::string &Path,
                            const std::string &ProgName,
                            const LoadSettings &Settings) {
  std::set<std::string> Uncreated;
  std::string FirstMapFailure;
  int FirstMapErrno = 0;
  size_t Size = Settings.InitialLogSize;
  uint32_t LogLevel = Settings.LogLevel;
  for (;;) {
    Attempt A = loadOnce(Path, ProgName, LogLevel, Size, Uncreated);
    LoadOutcome &Out = A.Outcome;
    if (!A.FailedMap.empty() && !Uncreated.count(A.FailedMap) &&
        Uncreated.size() < MaxUncreatedMaps) {
      if (FirstMapFailure.empty()) {
        FirstMapFailure = Out.Reason;
        FirstMapErrno = Out.Errno;
      }
      Uncreated.insert(A.FailedMap);
      continue;
    }
    // ENOSPC with a log: the log did not fit and the kernel discarded the
    // verdict.
    if (Out.Errno == ENOSPC && !Out.Log.empty()) {
      if (Size * 4 <= Settings.MaxLogSize) {
        Size *= 4;
        continue;
      }
      // A path log that never fits (a program near the 1M-instruction
      // limit): the statistics level logs only the error and the counts,
      // which is all a verdict needs.
      if (LogLevel != StatsOnlyLogLevel) {
        LogLevel = StatsOnlyLogLevel;
        Size = Settings.InitialLogSize;
        continue;
      }
      Out.Result = Verdict::Skipped;
      Out.Reason = "the verifier log does not fit in " +
                   std::to_string(Size >> 20) +
                   " MiB (ENOSPC); the kernel gave no verdict";
      return Out;
    }
    if (!Uncreated.empty() && Out.Result == Verdict::Reject &&
        logReferencesUncreatedMap(Out.Log)) {
      Out.Result = Verdict::Skipped;
      Out.Reason = FirstMapFailure;
      Out.Errno = FirstMapErrno;
    }
    if (Out.Result == Verdict::Reject && logMissesExceptionCallback(Out.Log)) {
      Out.Result = Verdict::Skipped;
      Out.Reason = "loader: libbpf 1.1 leaves out the exception callback "
                   "that the program's exception_callback: decl tag names "
                   "(libbpf 1.3 and later append it), and the kernel stops "
                   "at the missing callback";
    }
    return Out;
  }
}

/// Child side: the outcome encoded for the parent.
std::string loadAndEncode(const std::string &Path, const std::string &ProgName,
                          const LoadSettings &Settings) {
  LoadOutcome Out = loadWithRetries(Path, ProgName, Settings);
  WireWriter W;
  W.put(int64_t(Out.Result))
      .put(int64_t(Out.Errno))
      .put(Out.Reason)
      .put(Out.Log);
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
