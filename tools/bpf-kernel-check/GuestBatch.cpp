//===- GuestBatch.cpp - Check objects in a kernel booted by qemu ----------===//
//
// The initramfs layout, the qemu command line and the reading of the three
// serial ports the guest writes (see guest/init.cpp for the guest's side).
// Everything lives in a temporary directory removed at the end.
//
//===----------------------------------------------------------------------===//
#include "GuestBatch.h"

#include "Cpio.h"
#include "JsonWriter.h"
#include "TimedProcess.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

using namespace verifiable::kernelcheck;

namespace {

bool readWhole(const std::string &Path, std::string &Data) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return false;
  std::ostringstream Buf;
  Buf << In.rdbuf();
  Data = Buf.str();
  return true;
}

bool writeWhole(const std::string &Path, const std::string &Data) {
  std::ofstream Out(Path, std::ios::binary | std::ios::trunc);
  Out.write(Data.data(), static_cast<std::streamsize>(Data.size()));
  return static_cast<bool>(Out.flush());
}

bool isExecutable(const std::string &Path) {
  struct stat St;
  return stat(Path.c_str(), &St) == 0 && S_ISREG(St.st_mode) &&
         access(Path.c_str(), X_OK) == 0;
}

std::string baseName(const std::string &Path) {
  size_t Slash = Path.find_last_of('/');
  std::string Name = Slash == std::string::npos ? Path : Path.substr(Slash + 1);
  for (char &C : Name)
    if (C == '\n')
      C = '_';
  return Name.empty() ? "object.o" : Name;
}

std::vector<std::string> splitLines(const std::string &Text) {
  std::vector<std::string> Lines;
  std::istringstream In(Text);
  std::string Line;
  while (std::getline(In, Line)) {
    if (!Line.empty() && Line.back() == '\r')
      Line.pop_back();
    Lines.push_back(Line);
  }
  return Lines;
}

/// The console without firmware noise: printable lines only, escapes gone.
std::vector<std::string> consoleLines(const std::string &Text) {
  std::vector<std::string> Clean;
  for (const std::string &Line : splitLines(Text)) {
    std::string Out;
    for (size_t I = 0; I < Line.size(); ++I) {
      unsigned char C = static_cast<unsigned char>(Line[I]);
      if (C == 0x1b) { // skip an ANSI escape sequence
        while (I + 1 < Line.size() &&
               !std::isalpha(static_cast<unsigned char>(Line[I + 1])))
          ++I;
        ++I;
        continue;
      }
      if (C >= 0x20 && C != 0x7f)
        Out += static_cast<char>(C);
    }
    size_t First = Out.find_first_not_of(' ');
    if (First != std::string::npos)
      Clean.push_back(Out.substr(First));
  }
  return Clean;
}

std::string consoleTail(const std::vector<std::string> &Lines, size_t Count) {
  std::string Tail;
  size_t Start = Lines.size() > Count ? Lines.size() - Count : 0;
  for (size_t I = Start; I < Lines.size(); ++I)
    Tail += "\n  " + Lines[I];
  return Tail.empty() ? " (the console is empty)" : Tail;
}

class TemporaryDirectory {
public:
  TemporaryDirectory() {
    const char *Tmp = std::getenv("TMPDIR");
    std::string Template =
        std::string(Tmp && *Tmp ? Tmp : "/tmp") + "/bpf-kernel-check-XXXXXX";
    if (mkdtemp(Template.data()))
      Path = Template;
  }
  ~TemporaryDirectory() {
    for (const std::string &F : Files)
      unlink((Path + "/" + F).c_str());
    if (!Path.empty())
      rmdir(Path.c_str());
  }
  /// The path of \p Name in the directory, removed with it.
  std::string file(const std::string &Name) {
    Files.push_back(Name);
    return Path + "/" + Name;
  }
  std::string Path;

private:
  std::vector<std::string> Files;
};

bool saveBtf(const std::string &Packed, unsigned long Size,
             const std::string &Target, std::string &Error) {
  std::string Btf(Size, '\0');
  uLongf Got = Size;
  if (uncompress(reinterpret_cast<Bytef *>(Btf.data()), &Got,
                 reinterpret_cast<const Bytef *>(Packed.data()),
                 Packed.size()) != Z_OK ||
      Got != Size) {
    Error = "the BTF the guest sent is corrupt";
    return false;
  }
  std::string Temporary = Target + ".tmp." + std::to_string(getpid());
  if (!writeWhole(Temporary, Btf) ||
      rename(Temporary.c_str(), Target.c_str()) != 0) {
    Error = "cannot write " + Target + ": " + std::strerror(errno);
    unlink(Temporary.c_str());
    return false;
  }
  return true;
}

} // namespace

bool verifiable::kernelcheck::findGuestBinaries(std::string &Init,
                                                std::string &Loader,
                                                std::string &Error) {
  char Self[4096];
  ssize_t N = readlink("/proc/self/exe", Self, sizeof(Self) - 1);
  std::string Dir = ".";
  if (N > 0) {
    Self[N] = '\0';
    Dir = Self;
    Dir = Dir.substr(0, Dir.find_last_of('/'));
  }
  Init = Dir + "/bpf-kernel-check-init";
  Loader = Dir + "/bpf-kernel-check-guest";
  if (isExecutable(Init) && isExecutable(Loader))
    return true;
  Error = "the static guest programs (" + Init + ", " + Loader +
          ") were not built: they need libbpf.a, libelf.a, libz.a and "
          "libzstd.a (scripts/setup.sh installs them)";
  return false;
}

bool verifiable::kernelcheck::findQemu(std::string &Qemu, std::string &Error) {
  if (const char *Env = std::getenv("VERIFIABLE_QEMU"))
    if (*Env) {
      Qemu = Env;
      if (isExecutable(Qemu))
        return true;
      Error = "VERIFIABLE_QEMU=" + Qemu + " is not an executable file";
      return false;
    }
  const char *Path = std::getenv("PATH");
  std::istringstream Dirs(Path ? Path : "/usr/bin:/bin");
  std::string Dir;
  while (std::getline(Dirs, Dir, ':')) {
    Qemu = (Dir.empty() ? "." : Dir) + "/qemu-system-x86_64";
    if (isExecutable(Qemu))
      return true;
  }
  Error = "qemu-system-x86_64 is not installed: run scripts/kernel-images.sh "
          "to install it";
  return false;
}

bool verifiable::kernelcheck::runGuestBatch(const GuestRequest &Request,
                                            GuestResult &Result,
                                            std::string &Error) {
  std::string Init, Loader, Qemu, InitBytes, LoaderBytes;
  if (!findGuestBinaries(Init, Loader, Error) || !findQemu(Qemu, Error))
    return false;
  if (!readWhole(Init, InitBytes) || !readWhole(Loader, LoaderBytes)) {
    Error = "cannot read the guest programs next to this tool";
    return false;
  }

  CpioWriter Cpio;
  for (const char *Dir : {"dev", "proc", "sys", "tmp", "objects"})
    Cpio.directory(Dir);
  Cpio.charDevice("dev/console", 5, 1);
  Cpio.file("init", InitBytes, 0755);
  Cpio.file("bpf-kernel-check", LoaderBytes, 0755);
  std::string Args;
  for (const std::string &Option : Request.LoaderOptions)
    Args += Option + "\n";
  Args += "--";
  // Guest path prefix of each JSON line, and the host's replacement.
  std::vector<std::pair<std::string, std::string>> Renames;
  for (size_t I = 0; I < Request.Objects.size(); ++I) {
    const std::string &Host = Request.Objects[I];
    std::string Data;
    if (!readWhole(Host, Data)) {
      Error = Host + ": " + std::strerror(errno);
      return false;
    }
    std::string Dir = "objects/" + std::to_string(I);
    std::string Guest = Dir + "/" + baseName(Host);
    Cpio.directory(Dir);
    Cpio.file(Guest, Data);
    Args += "\n/" + Guest;
    Renames.push_back({"/" + Guest, Host});
  }
  Cpio.file("args", Args);
  if (Request.CopyBtf)
    Cpio.file("copy-btf", "");
  if (!Request.TestHook.empty())
    Cpio.file("test-hook", Request.TestHook);

  TemporaryDirectory Tmp;
  if (Tmp.Path.empty()) {
    Error = std::string("cannot create a temporary directory: ") +
            std::strerror(errno);
    return false;
  }
  std::string Initrd = Tmp.file("initrd.cpio");
  std::string Console = Tmp.file("console.txt");
  std::string Out = Tmp.file("out.txt");
  std::string Btf = Tmp.file("btf.z");
  std::string QemuOutput = Tmp.file("qemu.txt");
  if (!writeWhole(Initrd, Cpio.finish())) {
    Error = "cannot write " + Initrd + ": " + std::strerror(errno);
    return false;
  }

  std::vector<std::string> Argv = {Qemu};
  if (access("/dev/kvm", R_OK | W_OK) == 0)
    Argv.insert(Argv.end(), {"-accel", "kvm"});
  Argv.insert(Argv.end(), {"-accel",
                           "tcg",
                           "-cpu",
                           "max",
                           "-smp",
                           "1",
                           "-m",
                           "1024",
                           "-nodefaults",
                           "-nographic",
                           "-no-reboot",
                           "-monitor",
                           "none",
                           "-kernel",
                           Request.Image.Vmlinuz,
                           "-initrd",
                           Initrd,
                           "-append",
                           "console=ttyS0 panic=-1 quiet",
                           "-serial",
                           "file:" + Console,
                           "-serial",
                           "file:" + Out,
                           "-serial",
                           "file:" + Btf});
  ProcessOutcome Run = runWithTimeout(Argv, QemuOutput, Request.TimeoutSeconds);
  Result.BootSeconds = Run.Seconds;
  if (!Run.Started) {
    Error = Run.Error;
    return false;
  }

  std::string ConsoleText, OutText, QemuText;
  readWhole(Console, ConsoleText);
  readWhole(Out, OutText);
  readWhole(QemuOutput, QemuText);
  std::vector<std::string> ConsoleClean = consoleLines(ConsoleText);
  if (Request.EchoConsole)
    for (const std::string &Line : ConsoleClean)
      std::cerr << "guest: " << Line << "\n";

  long BtfSize = -1;
  for (const std::string &Line : splitLines(OutText)) {
    if (Line.rfind("{\"object\": ", 0) == 0) {
      std::string Fixed = Line;
      for (const auto &[Guest, Host] : Renames) {
        std::string Prefix = "{\"object\": " + jsonQuote(Guest) + ",";
        if (Line.rfind(Prefix, 0) == 0) {
          Fixed = "{\"object\": " + jsonQuote(Host) + "," +
                  Line.substr(Prefix.size());
          break;
        }
      }
      Result.Lines.push_back(Fixed);
    } else if (Line.rfind("#btf ", 0) == 0) {
      BtfSize = std::atol(Line.c_str() + 5);
    } else if (Line.rfind("#status ", 0) == 0) {
      Result.Finished = true;
      Result.LoaderStatus = std::atoi(Line.c_str() + 8);
    }
  }
  const std::string ErrorPrefix = "bpf-kernel-check: error: ";
  for (const std::string &Line : ConsoleClean) {
    if (Line.rfind(ErrorPrefix, 0) != 0)
      continue;
    std::string Fixed = Line;
    for (const auto &[Guest, Host] : Renames)
      if (Line.compare(ErrorPrefix.size(), Guest.size() + 1, Guest + ":") ==
          0) {
        Fixed =
            ErrorPrefix + Host + Line.substr(ErrorPrefix.size() + Guest.size());
        break;
      }
    Result.LoaderErrors.push_back(Fixed);
  }

  if (Request.CopyBtf && Result.Finished) {
    std::string Packed, Why;
    if (BtfSize <= 0 || !readWhole(Btf, Packed))
      Result.BtfWarning = "the guest could not read /sys/kernel/btf/vmlinux";
    else if (!saveBtf(Packed, static_cast<unsigned long>(BtfSize),
                      Request.Image.BtfPath, Why))
      Result.BtfWarning = Why;
  }

  if (Result.Finished)
    return true;
  char Seconds[32];
  std::snprintf(Seconds, sizeof(Seconds), "%.0f", Request.TimeoutSeconds);
  if (Run.TimedOut)
    Result.Failure = std::string("the guest did not finish within ") + Seconds +
                     " s (see --timeout); qemu was killed";
  else
    Result.Failure = "the guest stopped before finishing the batch (qemu "
                     "exit status " +
                     std::to_string(Run.Status) + ")";
  for (const std::string &Line : ConsoleClean)
    if (Line.find("Kernel panic") != std::string::npos) {
      Result.Failure += "; the guest kernel panicked: " +
                        Line.substr(Line.find("Kernel panic"));
      break;
    }
  std::vector<std::string> QemuLines = consoleLines(QemuText);
  if (!QemuLines.empty())
    Result.Failure += "; qemu said:" + consoleTail(QemuLines, 4);
  Result.Failure +=
      "; the guest console ended with:" + consoleTail(ConsoleClean, 8);
  return true;
}
