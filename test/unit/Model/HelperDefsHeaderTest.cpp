//===- HelperDefsHeaderTest.cpp - Agreement with libbpf's helper list -----===//
//
// libbpf ships bpf_helper_defs.h, generated from the kernel's documentation,
// with one declaration per helper ending in "= (void *) <id>;". Every helper
// declared there must be in our table under the same id and name. Skipped
// when the header is not installed.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

#include <fstream>
#include <regex>
#include <string>

using namespace verifiable::model;

namespace {

const char *const HeaderPath = "/usr/include/bpf/bpf_helper_defs.h";

TEST(HelperDefsHeaderTest, EveryDeclaredHelperIsListed) {
  std::ifstream In(HeaderPath);
  if (!In)
    GTEST_SKIP() << HeaderPath << " not installed";

  // static long (*bpf_tail_call)(void *ctx, void *prog_array_map,
  //                              __u32 index) = (void *) 12;
  std::regex Decl(
      R"(\(\*bpf_([A-Za-z0-9_]+)\)\(.*=\s*\(void \*\)\s*([0-9]+);)");
  std::string Line;
  unsigned Seen = 0;
  while (std::getline(In, Line)) {
    std::smatch M;
    if (!std::regex_search(Line, M, Decl))
      continue;
    ++Seen;
    std::string Name = M[1];
    unsigned Id = static_cast<unsigned>(std::stoul(M[2]));
    const HelperProto *P = findHelper(Id);
    ASSERT_NE(P, nullptr) << "bpf_" << Name << " id " << Id;
    EXPECT_EQ(Name, P->Name) << "id " << Id;
    EXPECT_EQ(findHelper(Name), P) << Name;
  }
  // libbpf 1.1 declares helpers 1..211.
  EXPECT_GE(Seen, 211u);
}

} // namespace
