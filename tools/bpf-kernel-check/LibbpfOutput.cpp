//===- LibbpfOutput.cpp - Capture of libbpf's own messages ----------------===//
//
// libbpf_set_print() takes a plain function pointer, so the capture lives in
// file-level state; the tool is single-threaded.
//
//===----------------------------------------------------------------------===//
#include "LibbpfOutput.h"

#include <bpf/libbpf.h>

#include <cstdarg>
#include <cstdio>
#include <string_view>

using namespace verifiable::kernelcheck;

namespace {

unsigned EchoVerbosity = 0;
std::vector<LibbpfMessage> Captured;

int capture(enum libbpf_print_level Level, const char *Format, va_list Args) {
  va_list Copy;
  va_copy(Copy, Args);
  int Len = std::vsnprintf(nullptr, 0, Format, Copy);
  va_end(Copy);
  if (Len < 0)
    return 0;
  std::string Text(static_cast<size_t>(Len) + 1, '\0');
  std::vsnprintf(Text.data(), Text.size(), Format, Args);
  Text.resize(static_cast<size_t>(Len));

  bool Echo = (Level == LIBBPF_DEBUG) ? EchoVerbosity >= 2 : EchoVerbosity >= 1;
  if (Echo)
    std::fputs(Text.c_str(), stderr);

  LibbpfMessage::Severity Severity = Level == LIBBPF_WARN ? LibbpfMessage::Warn
                                     : Level == LIBBPF_INFO
                                         ? LibbpfMessage::Info
                                         : LibbpfMessage::Debug;
  // A message may span lines (libbpf dumps logs that way); keep one per line.
  std::string_view Rest = Text;
  while (!Rest.empty()) {
    size_t End = Rest.find('\n');
    std::string_view Line = Rest.substr(0, End);
    Rest = End == std::string_view::npos ? std::string_view()
                                         : Rest.substr(End + 1);
    constexpr std::string_view Prefix = "libbpf: ";
    if (Line.substr(0, Prefix.size()) == Prefix)
      Line.remove_prefix(Prefix.size());
    if (!Line.empty())
      Captured.push_back({Severity, std::string(Line)});
  }
  return Len;
}

} // namespace

void verifiable::kernelcheck::installLibbpfCapture(unsigned Verbosity) {
  EchoVerbosity = Verbosity;
  libbpf_set_print(capture);
}

std::vector<LibbpfMessage> verifiable::kernelcheck::takeLibbpfMessages() {
  std::vector<LibbpfMessage> Out;
  Out.swap(Captured);
  return Out;
}
