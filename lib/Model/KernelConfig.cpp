//===- KernelConfig.cpp - Reading a kernel .config ------------------------===//
//
// The file formats libbpf reads for __kconfig externs: a plain .config and
// the gzip-compressed /proc/config.gz (zlib reads both).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/KernelConfig.h"

#include <cerrno>
#include <cstring>
#include <sys/utsname.h>
#include <unistd.h>
#include <zlib.h>

using namespace verifiable;
using namespace verifiable::model;

std::string KernelConfig::defaultPath() {
  struct utsname U;
  if (uname(&U) == 0) {
    std::string Boot = std::string("/boot/config-") + U.release;
    if (access(Boot.c_str(), R_OK) == 0)
      return Boot;
  }
  if (access("/proc/config.gz", R_OK) == 0)
    return "/proc/config.gz";
  return "none";
}

/// "6.18.44" from "# Linux/x86 6.18.44 Kernel Configuration".
static std::string releaseOf(std::string_view Line) {
  constexpr std::string_view Prefix = "# Linux/";
  constexpr std::string_view Suffix = " Kernel Configuration";
  if (Line.substr(0, Prefix.size()) != Prefix || Line.size() < Suffix.size() ||
      Line.substr(Line.size() - Suffix.size()) != Suffix)
    return "";
  Line.remove_suffix(Suffix.size());
  size_t Space = Line.rfind(' ');
  return Space == std::string_view::npos ? ""
                                         : std::string(Line.substr(Space + 1));
}

bool KernelConfig::parse(std::string_view Text) {
  Loaded = true;
  Read = false;
  unsigned LineNo = 0;
  while (!Text.empty()) {
    size_t End = Text.find('\n');
    std::string_view Line = Text.substr(0, End);
    Text.remove_prefix(End == std::string_view::npos ? Text.size() : End + 1);
    ++LineNo;
    if (!Line.empty() && Line.back() == '\r')
      Line.remove_suffix(1);
    if (Line.empty())
      continue;
    if (Line.front() == '#') {
      if (Release.empty())
        Release = releaseOf(Line);
      continue;
    }
    size_t Eq = Line.find('=');
    if (Eq == std::string_view::npos || Eq == 0 ||
        Line.substr(0, 7) != "CONFIG_") {
      Problem = "malformed line " + std::to_string(LineNo) +
                " in kernel configuration '" + Path + "'";
      return false;
    }
    Values[std::string(Line.substr(0, Eq))] = std::string(Line.substr(Eq + 1));
  }
  Read = true;
  return true;
}

void KernelConfig::load() {
  Loaded = true;
  if (disabled()) {
    Problem = "no kernel configuration was given";
    return;
  }
  gzFile F = gzopen(Path.c_str(), "rb"); // reads plain files too
  if (!F) {
    Problem = "cannot read kernel configuration '" + Path +
              "': " + std::strerror(errno ? errno : ENOENT);
    return;
  }
  std::string Text;
  char Buf[65536];
  int N;
  while ((N = gzread(F, Buf, sizeof(Buf))) > 0)
    Text.append(Buf, static_cast<size_t>(N));
  // A truncated stream reads as a short file; zlib reports it here.
  int Err = Z_OK;
  gzerror(F, &Err);
  bool Failed = N < 0 || (Err != Z_OK && Err != Z_STREAM_END);
  gzclose(F);
  if (Failed) {
    Problem = "cannot read kernel configuration '" + Path +
              "': corrupt or truncated compressed data";
    return;
  }
  if (!parse(Text))
    Values.clear();
}

bool KernelConfig::available() {
  if (!Loaded)
    load();
  return Read;
}

std::optional<std::string_view> KernelConfig::value(std::string_view Name) {
  if (!available())
    return std::nullopt;
  auto It = Values.find(Name);
  if (It == Values.end())
    return std::nullopt;
  return std::string_view(It->second);
}
