//===- LogFormat.cpp - Numbers printed the way the kernel log prints them -===//
//
// Implements the decimal-or-hex rule of the verifier log (see LogFormat.h).
//
//===----------------------------------------------------------------------===//

#include "LogFormat.h"

#include <cstdio>

namespace verifiable {
namespace domain {

std::string formatHex(uint64_t V) {
  char Buf[24];
  std::snprintf(Buf, sizeof(Buf), "0x%llx", static_cast<unsigned long long>(V));
  return Buf;
}

std::string formatUnsigned(uint64_t V) {
  if (V <= 0xffff)
    return std::to_string(V);
  return formatHex(V);
}

std::string formatSigned(int64_t V) {
  if (V >= -32768 && V <= 32767)
    return std::to_string(V);
  return formatHex(static_cast<uint64_t>(V));
}

} // namespace domain
} // namespace verifiable
