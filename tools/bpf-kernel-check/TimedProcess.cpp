//===- TimedProcess.cpp - Run a command with a deadline -------------------===//
//
// fork, setpgid and exec; the parent polls waitpid() every 20 ms until the
// child ends or the deadline passes, then kills the group with SIGKILL and
// reaps the child. A pipe with O_CLOEXEC reports a failed exec.
//
//===----------------------------------------------------------------------===//
#include "TimedProcess.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace verifiable::kernelcheck;

namespace {

[[noreturn]] void childExec(const std::vector<std::string> &Argv,
                            const std::string &OutputPath, pid_t Parent,
                            int ErrorPipe) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != Parent) // the parent died before prctl()
    _exit(127);
  int In = open("/dev/null", O_RDONLY);
  int Out = open(OutputPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (In >= 0)
    dup2(In, 0);
  if (Out >= 0) {
    dup2(Out, 1);
    dup2(Out, 2);
  }
  std::vector<char *> Args;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  execvp(Args[0], Args.data());
  int Err = errno;
  if (write(ErrorPipe, &Err, sizeof(Err)) < 0)
    _exit(127);
  _exit(127);
}

} // namespace

ProcessOutcome
verifiable::kernelcheck::runWithTimeout(const std::vector<std::string> &Argv,
                                        const std::string &OutputPath,
                                        double TimeoutSeconds) {
  ProcessOutcome Outcome;
  int Pipe[2];
  if (pipe2(Pipe, O_CLOEXEC) != 0) {
    Outcome.Error = std::string("pipe: ") + std::strerror(errno);
    return Outcome;
  }
  auto Start = std::chrono::steady_clock::now();
  pid_t Parent = getpid();
  pid_t Pid = fork();
  if (Pid < 0) {
    Outcome.Error = std::string("fork: ") + std::strerror(errno);
    close(Pipe[0]);
    close(Pipe[1]);
    return Outcome;
  }
  if (Pid == 0) {
    close(Pipe[0]);
    childExec(Argv, OutputPath, Parent, Pipe[1]);
  }
  setpgid(Pid, Pid); // also in the child: whichever runs first
  close(Pipe[1]);
  int ExecErrno = 0;
  ssize_t N = read(Pipe[0], &ExecErrno, sizeof(ExecErrno));
  close(Pipe[0]);

  int Status = 0;
  auto Elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         Start)
        .count();
  };
  for (;;) {
    pid_t Done = waitpid(Pid, &Status, WNOHANG);
    if (Done == Pid)
      break;
    if (Done < 0 && errno != EINTR)
      break;
    if (Elapsed() > TimeoutSeconds) {
      // The whole group, before the leader is reaped (its id cannot be
      // reused until then).
      kill(-Pid, SIGKILL);
      kill(Pid, SIGKILL);
      while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR)
        ;
      Outcome.TimedOut = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  Outcome.Seconds = Elapsed();
  if (N == static_cast<ssize_t>(sizeof(ExecErrno))) {
    Outcome.Error = "cannot run " + Argv[0] + ": " + std::strerror(ExecErrno);
    return Outcome;
  }
  Outcome.Started = true;
  Outcome.Status =
      WIFSIGNALED(Status) ? 128 + WTERMSIG(Status) : WEXITSTATUS(Status);
  return Outcome;
}
