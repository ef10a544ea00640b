//===- Cpio.cpp - A newc cpio archive for an initramfs --------------------===//
//
// newc: a 110-byte ASCII header of 13 eight-digit hex fields, the name with
// its NUL, padding to 4 bytes, the data, padding to 4 bytes; the archive ends
// with an entry named TRAILER!!!.
//
//===----------------------------------------------------------------------===//
#include "Cpio.h"

#include <cstdio>
#include <sys/stat.h>

using namespace verifiable::kernelcheck;

namespace {

void pad(std::string &Bytes) {
  while (Bytes.size() % 4)
    Bytes += '\0';
}

} // namespace

void CpioWriter::entry(std::string_view Name, uint32_t Mode,
                       std::string_view Data, uint32_t Major, uint32_t Minor) {
  const uint32_t Fields[] = {NextInode++,
                             Mode,
                             0, // uid
                             0, // gid
                             S_ISDIR(Mode) ? 2u : 1u,
                             0, // mtime
                             static_cast<uint32_t>(Data.size()),
                             0, // device of the file, major and minor
                             0,
                             Major, // the device a node stands for
                             Minor,
                             static_cast<uint32_t>(Name.size() + 1),
                             0}; // checksum, unused by newc
  Bytes += "070701";
  for (uint32_t Field : Fields) {
    char Hex[9];
    std::snprintf(Hex, sizeof(Hex), "%08X", Field);
    Bytes += Hex;
  }
  Bytes += Name;
  Bytes += '\0';
  pad(Bytes);
  Bytes += Data;
  pad(Bytes);
}

void CpioWriter::directory(std::string_view Name) {
  entry(Name, S_IFDIR | 0755, {});
}

void CpioWriter::file(std::string_view Name, std::string_view Data,
                      uint32_t Mode) {
  entry(Name, S_IFREG | Mode, Data);
}

void CpioWriter::charDevice(std::string_view Name, uint32_t Major,
                            uint32_t Minor) {
  entry(Name, S_IFCHR | 0600, {}, Major, Minor);
}

std::string CpioWriter::finish() {
  entry("TRAILER!!!", 0, {});
  return std::move(Bytes);
}
