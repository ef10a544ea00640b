//===- init.cpp - PID 1 of the bpf-kernel-check guest ---------------------===//
//
// `bpf-kernel-check --kernel VERSION` boots a Debian kernel under qemu with
// an initramfs whose /init is this program, linked statically. It mounts
// what the loader needs, runs the static loader (/bpf-kernel-check) on the
// objects listed in /args, and hands the results back on serial ports:
//
//   ttyS0  the console: kernel messages and the loader's stderr;
//   ttyS1  the loader's JSON lines, then `#btf N` (the size of the BTF
//          written to ttyS2, when /copy-btf exists) and `#status N` (the
//          loader's exit status, or 128+signal): the host knows the batch
//          is complete only when it reads this last line;
//   ttyS2  /sys/kernel/btf/vmlinux, zlib-compressed (a serial port moves
//          about 170 KB/s under TCG; compressed, the 4 MB BTF of 6.1 takes
//          a third of the time), when /copy-btf exists.
//
// Then it powers the machine off. /test-hook (`hang` or `panic`) makes it
// misbehave on purpose, for the tests of the host's timeout and errors.
//
//===----------------------------------------------------------------------===//
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace {

int Console = -1;

void say(const std::string &Text) {
  std::string Line = "verifiable-init: " + Text + "\n";
  if (Console >= 0 && write(Console, Line.data(), Line.size()) < 0)
    return;
}

void powerOff() {
  sync();
  reboot(RB_POWER_OFF);
  // reboot() returns only on failure; leaving PID 1 panics the kernel,
  // which (panic=-1 and qemu -no-reboot) also ends the machine.
  _exit(1);
}

bool writeAll(int Fd, const char *Data, size_t Size) {
  while (Size) {
    ssize_t N = write(Fd, Data, Size);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Data += N;
    Size -= static_cast<size_t>(N);
  }
  return true;
}

/// Opens a serial port for binary output: no newline translation.
int openRaw(const char *Path) {
  int Fd = open(Path, O_WRONLY | O_NOCTTY);
  if (Fd < 0) {
    say(std::string("cannot open ") + Path + ": " + std::strerror(errno));
    return -1;
  }
  struct termios T;
  if (tcgetattr(Fd, &T) == 0) {
    cfmakeraw(&T);
    cfsetospeed(&T, B115200);
    tcsetattr(Fd, TCSANOW, &T);
  }
  return Fd;
}

std::string readFile(const char *Path) {
  std::string Text;
  int Fd = open(Path, O_RDONLY);
  if (Fd < 0)
    return Text;
  char Buf[4096];
  ssize_t N;
  while ((N = read(Fd, Buf, sizeof(Buf))) > 0)
    Text.append(Buf, static_cast<size_t>(N));
  close(Fd);
  return Text;
}

void mountOrSay(const char *Type, const char *Target) {
  mkdir(Target, 0755);
  if (mount(Type, Target, Type, 0, nullptr) != 0 && errno != EBUSY)
    say(std::string("cannot mount ") + Type + " on " + Target + ": " +
        std::strerror(errno));
}

/// Runs the loader with the arguments of /args (one per line), its stdout
/// on \p Out. Returns its exit status, or 128 + the signal that ended it.
int runLoader(int Out) {
  std::vector<std::string> Args = {"/bpf-kernel-check"};
  std::string Text = readFile("/args");
  size_t Start = 0;
  while (Start < Text.size()) {
    size_t End = Text.find('\n', Start);
    if (End == std::string::npos)
      End = Text.size();
    Args.push_back(Text.substr(Start, End - Start));
    Start = End + 1;
  }
  std::vector<char *> Argv;
  for (std::string &A : Args)
    Argv.push_back(A.data());
  Argv.push_back(nullptr);

  pid_t Pid = fork();
  if (Pid == 0) {
    dup2(Out, 1);
    if (Console >= 0)
      dup2(Console, 2);
    execv(Argv[0], Argv.data());
    say(std::string("cannot run the loader: ") + std::strerror(errno));
    _exit(127);
  }
  if (Pid < 0)
    return 127;
  int Status = 0;
  while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR)
    ;
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return WEXITSTATUS(Status);
}

/// Copies the kernel's BTF to ttyS2, compressed; returns its size before
/// compression.
long copyBtf() {
  std::string Btf = readFile("/sys/kernel/btf/vmlinux");
  uLongf Size = compressBound(Btf.size());
  std::string Packed(Size, '\0');
  if (Btf.empty() || compress2(reinterpret_cast<Bytef *>(Packed.data()), &Size,
                               reinterpret_cast<const Bytef *>(Btf.data()),
                               Btf.size(), Z_BEST_SPEED) != Z_OK)
    return -1;
  int Fd = openRaw("/dev/ttyS2");
  if (Fd < 0 || !writeAll(Fd, Packed.data(), Size))
    return -1;
  tcdrain(Fd);
  close(Fd);
  return static_cast<long>(Btf.size());
}

} // namespace

int main() {
  mountOrSay("devtmpfs", "/dev");
  Console = open("/dev/ttyS0", O_WRONLY | O_NOCTTY);
  mountOrSay("proc", "/proc");
  mountOrSay("sysfs", "/sys");
  mountOrSay("bpf", "/sys/fs/bpf");
  mkdir("/tmp", 01777);

  std::string Hook = readFile("/test-hook");
  if (Hook.rfind("hang", 0) == 0) {
    say("test hook: hanging");
    for (;;)
      pause();
  }
  if (Hook.rfind("panic", 0) == 0) {
    say("test hook: leaving PID 1 (the kernel panics)");
    return 1;
  }

  int Out = openRaw("/dev/ttyS1");
  if (Out < 0)
    powerOff();
  int Status = runLoader(Out);
  std::string Trailer;
  if (access("/copy-btf", F_OK) == 0)
    Trailer += "#btf " + std::to_string(copyBtf()) + "\n";
  Trailer += "#status " + std::to_string(Status) + "\n";
  writeAll(Out, Trailer.data(), Trailer.size());
  tcdrain(Out);
  powerOff();
}
