//===- CpioTest.cpp - The initramfs writer --------------------------------===//
//
// The kernel unpacks what CpioWriter writes; these tests read the archive
// back by the newc rules (110-byte header, 4-byte alignment, trailer).
//
//===----------------------------------------------------------------------===//
#include "Cpio.h"

#include <gtest/gtest.h>

#include <string>
#include <sys/stat.h>
#include <vector>

using namespace verifiable::kernelcheck;

namespace {

struct Entry {
  std::string Name;
  uint32_t Mode = 0, Major = 0, Minor = 0;
  std::string Data;
};

uint32_t field(const std::string &Archive, size_t Header, unsigned Index) {
  return static_cast<uint32_t>(
      std::stoul(Archive.substr(Header + 6 + 8 * Index, 8), nullptr, 16));
}

/// Parses a newc archive; fails the test on a malformed one.
std::vector<Entry> parse(const std::string &Archive) {
  std::vector<Entry> Entries;
  size_t Pos = 0;
  while (Pos < Archive.size()) {
    EXPECT_EQ(Pos % 4, 0u);
    EXPECT_EQ(Archive.substr(Pos, 6), "070701");
    Entry E;
    E.Mode = field(Archive, Pos, 1);
    uint32_t Size = field(Archive, Pos, 6);
    E.Major = field(Archive, Pos, 9);
    E.Minor = field(Archive, Pos, 10);
    uint32_t NameSize = field(Archive, Pos, 11);
    E.Name = Archive.substr(Pos + 110, NameSize - 1);
    EXPECT_EQ(Archive[Pos + 110 + NameSize - 1], '\0');
    size_t Data = (Pos + 110 + NameSize + 3) & ~size_t(3);
    E.Data = Archive.substr(Data, Size);
    Pos = (Data + Size + 3) & ~size_t(3);
    Entries.push_back(E);
    if (E.Name == "TRAILER!!!")
      break;
  }
  EXPECT_EQ(Pos, Archive.size());
  return Entries;
}

TEST(CpioTest, EntriesReadBack) {
  CpioWriter W;
  W.directory("objects");
  W.charDevice("dev/console", 5, 1);
  W.file("init",
         std::string("\x7f"
                     "ELF\0x",
                     6),
         0755);
  W.file("objects/a.o", "abc");
  std::vector<Entry> E = parse(W.finish());
  ASSERT_EQ(E.size(), 5u);
  EXPECT_EQ(E[0].Name, "objects");
  EXPECT_TRUE(S_ISDIR(E[0].Mode));
  EXPECT_EQ(E[1].Name, "dev/console");
  EXPECT_TRUE(S_ISCHR(E[1].Mode));
  EXPECT_EQ(E[1].Major, 5u);
  EXPECT_EQ(E[1].Minor, 1u);
  EXPECT_EQ(E[2].Name, "init");
  EXPECT_EQ(E[2].Mode, static_cast<uint32_t>(S_IFREG | 0755));
  EXPECT_EQ(E[2].Data, std::string("\x7f"
                                   "ELF\0x",
                                   6));
  EXPECT_EQ(E[3].Data, "abc");
  EXPECT_EQ(E[3].Mode, static_cast<uint32_t>(S_IFREG | 0644));
  EXPECT_EQ(E[4].Name, "TRAILER!!!");
}

TEST(CpioTest, EveryNameAndSizeIsPadded) {
  // Names and data of every length modulo 4.
  CpioWriter W;
  for (int N = 1; N <= 8; ++N)
    W.file(std::string(N, 'n'), std::string(N, 'd'));
  std::vector<Entry> E = parse(W.finish());
  ASSERT_EQ(E.size(), 9u);
  for (int N = 1; N <= 8; ++N) {
    EXPECT_EQ(E[N - 1].Name, std::string(N, 'n'));
    EXPECT_EQ(E[N - 1].Data, std::string(N, 'd'));
  }
}

} // namespace
