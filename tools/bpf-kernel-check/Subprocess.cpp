//===- Subprocess.cpp - Run libbpf work in a child process ----------------===//
//
// fork + pipe + waitpid, and the wire encoding of the child's answer.
//
//===----------------------------------------------------------------------===//
#include "Subprocess.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

using namespace verifiable::kernelcheck;

namespace {

bool writeAll(int Fd, std::string_view Bytes) {
  while (!Bytes.empty()) {
    ssize_t N = write(Fd, Bytes.data(), Bytes.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Bytes.remove_prefix(static_cast<size_t>(N));
  }
  return true;
}

} // namespace

bool verifiable::kernelcheck::runInChild(
    const std::function<std::string()> &Work, std::string &Result,
    std::string &Failure) {
  int Pipe[2];
  if (pipe(Pipe) != 0) {
    Failure = std::string("cannot create a pipe: ") + std::strerror(errno);
    return false;
  }
  // Whatever the parent buffered must not be written twice.
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t Pid = fork();
  if (Pid < 0) {
    Failure = std::string("cannot fork: ") + std::strerror(errno);
    close(Pipe[0]);
    close(Pipe[1]);
    return false;
  }
  if (Pid == 0) {
    close(Pipe[0]);
    std::string Bytes = Work();
    bool Ok = writeAll(Pipe[1], Bytes);
    std::fflush(stderr);
    _exit(Ok ? 0 : 1);
  }

  close(Pipe[1]);
  Result.clear();
  char Buf[1 << 16];
  for (;;) {
    ssize_t N = read(Pipe[0], Buf, sizeof(Buf));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Result.append(Buf, static_cast<size_t>(N));
  }
  close(Pipe[0]);

  int Status = 0;
  while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(Status)) {
    int Sig = WTERMSIG(Status);
    const char *Name = sigabbrev_np(Sig);
    Failure = std::string("libbpf crashed while processing it (SIG") +
              (Name ? Name : std::to_string(Sig).c_str()) + ")";
    return false;
  }
  if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0) {
    Failure = "the worker process failed";
    return false;
  }
  return true;
}

WireWriter &WireWriter::put(std::string_view Text) {
  Bytes += std::to_string(Text.size());
  Bytes += ':';
  Bytes.append(Text);
  return *this;
}

WireWriter &WireWriter::put(int64_t Value) {
  return put(std::string_view(std::to_string(Value)));
}

bool WireReader::get(std::string &Text) {
  size_t Colon = Rest.find(':');
  if (Colon == std::string_view::npos || Colon == 0 || Colon > 20)
    return false;
  size_t Len = 0;
  for (char C : Rest.substr(0, Colon)) {
    if (C < '0' || C > '9')
      return false;
    Len = Len * 10 + static_cast<size_t>(C - '0');
  }
  if (Len > Rest.size() - Colon - 1)
    return false;
  Text = std::string(Rest.substr(Colon + 1, Len));
  Rest.remove_prefix(Colon + 1 + Len);
  return true;
}

bool WireReader::get(int64_t &Value) {
  std::string Text;
  if (!get(Text) || Text.empty())
    return false;
  char *End = nullptr;
  errno = 0;
  long long V = std::strtoll(Text.c_str(), &End, 10);
  if (errno || *End)
    return false;
  Value = V;
  return true;
}
