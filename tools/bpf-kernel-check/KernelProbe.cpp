//===- KernelProbe.cpp - May this process load BPF programs? --------------===//
//
// A raw bpf(BPF_PROG_LOAD) through libbpf's low-level bpf_prog_load().
//
//===----------------------------------------------------------------------===//
#include "KernelProbe.h"

#include "FailureClassifier.h"

#include <bpf/bpf.h>
#include <linux/bpf.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace verifiable::kernelcheck;

ProbeResult verifiable::kernelcheck::probeKernel() {
  const struct bpf_insn Insns[] = {
      // r0 = 0
      {BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0},
      // exit
      {BPF_JMP | BPF_EXIT, 0, 0, 0, 0},
  };
  ProbeResult Result;
  int Fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "kc_probe", "GPL", Insns,
                         sizeof(Insns) / sizeof(Insns[0]), nullptr);
  if (Fd >= 0) {
    close(Fd);
    Result.Allowed = true;
    return Result;
  }
  Result.Errno = errno;
  std::string Why = std::string(std::strerror(Result.Errno)) + " (" +
                    errnoName(Result.Errno) + ")";
  switch (Result.Errno) {
  case EPERM:
  case EACCES:
    Result.Explanation = "the kernel does not allow this process to load BPF "
                         "programs: " +
                         Why + "; run as root or with CAP_BPF";
    break;
  case ENOSYS:
    Result.Explanation =
        "this kernel has no bpf() system call (or it is filtered): " + Why;
    break;
  default:
    Result.Explanation = "the kernel refused a trivial BPF program: " + Why;
  }
  return Result;
}
