//===- BprintfFormatTest.cpp - bpf_snprintf() format rules ----------------===//
//
// The format grammar the kernel checks while verifying bpf_snprintf(),
// case by case; the lit test snprintf-format.c checks a set of them
// against the running kernel.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/BprintfFormat.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(BprintfFormatTest, TextAndPercentNeedNoArguments) {
  EXPECT_TRUE(bprintfFormatValid("", 0));
  EXPECT_TRUE(bprintfFormatValid("plain text\t\n", 0));
  EXPECT_TRUE(bprintfFormatValid("100%% sure", 0));
  EXPECT_TRUE(bprintfFormatValid("caf\xc3\xa9", 0));
  EXPECT_FALSE(bprintfFormatValid("bell\a", 0));
  EXPECT_FALSE(bprintfFormatValid("del\x7f", 0));
}

TEST(BprintfFormatTest, ConversionsAreCountedAgainstArguments) {
  EXPECT_FALSE(bprintfFormatValid("%d", 0));
  EXPECT_TRUE(bprintfFormatValid("%d", 1));
  EXPECT_TRUE(bprintfFormatValid("%d", 3));
  EXPECT_FALSE(bprintfFormatValid("%d %d", 1));
  // A lone '%' at the end is a conversion with nothing after it.
  EXPECT_FALSE(bprintfFormatValid("x%", 0));
  EXPECT_FALSE(bprintfFormatValid("x%", 1));
}

TEST(BprintfFormatTest, IntegerConversions) {
  for (const char *F : {"%d", "%i", "%u", "%x", "%X", "%ld", "%llu", "%-08lx",
                        "%+d", "% d", "%12llX", "%010u"})
    EXPECT_TRUE(bprintfFormatValid(F, 1)) << F;
  for (const char *F : {"%llld", "%hd", "%zu", "%f", "%o", "%.2d", "%*d"})
    EXPECT_FALSE(bprintfFormatValid(F, 1)) << F;
}

TEST(BprintfFormatTest, PointerConversions) {
  for (const char *F :
       {"%p", "%p.", "%p x", "%pK", "%px", "%ps", "%pS", "%pB", "%pks", "%pus",
        "%pi4", "%pI4", "%pi6", "%pI6", "%08p!"})
    EXPECT_TRUE(bprintfFormatValid(F, 1)) << F;
  for (const char *F : {"%pd", "%pI5", "%pM", "%pksx"})
    EXPECT_FALSE(bprintfFormatValid(F, 1)) << F;
}

TEST(BprintfFormatTest, StringsEndAtSpaceOrPunctuation) {
  EXPECT_TRUE(bprintfFormatValid("%s", 1));
  EXPECT_TRUE(bprintfFormatValid("%s, %c", 2));
  EXPECT_FALSE(bprintfFormatValid("%sx", 1));
  EXPECT_FALSE(bprintfFormatValid("%s1", 1));
}

TEST(BprintfFormatTest, NonAsciiAfterPercentIsRefused) {
  EXPECT_FALSE(bprintfFormatValid("%\xc3\xa9", 1));
}

} // namespace
