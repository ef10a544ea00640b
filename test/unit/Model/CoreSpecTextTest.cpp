//===- CoreSpecTextTest.cpp - libbpf's words for a CO-RE relocation -------===//
//
// The object's BTF built with libbpf's BTF writer; each case states the
// relocation next to the text libbpf's log shows for it.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CoreSpecText.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

#include <memory>

using namespace verifiable::model;

namespace {

using BtfPtr = std::unique_ptr<struct btf, void (*)(struct btf *)>;

/// [1] int, [2] unsigned char, [3] int[4], [4] union { int u; },
/// [5] struct s { int x; union { int u; }; unsigned char lo:3, hi:5;
///                int arr[4]; }, [6] typedef struct s s_t,
/// [7] enum e { A = 1, B = -3 } (signed), [8] enum64 w { BIG = 2^33 },
/// [9] struct { int y; }
BtfPtr objectBtf() {
  struct btf *B = btf__new_empty();
  int Int = btf__add_int(B, "int", 4, BTF_INT_SIGNED);
  int U8 = btf__add_int(B, "unsigned char", 1, 0);
  int Arr = btf__add_array(B, Int, Int, 4);
  int Anon = btf__add_union(B, nullptr, 4);
  btf__add_field(B, "u", Int, 0, 0);
  int S = btf__add_struct(B, "s", 28);
  btf__add_field(B, "x", Int, 0, 0);
  btf__add_field(B, nullptr, Anon, 32, 0);
  btf__add_field(B, "lo", U8, 64, 3);
  btf__add_field(B, "hi", U8, 67, 5);
  btf__add_field(B, "arr", Arr, 96, 0);
  btf__add_typedef(B, "s_t", S);
  btf__add_enum(B, "e", 4);
  btf__add_enum_value(B, "A", 1);
  btf__add_enum_value(B, "B", -3);
  btf__add_enum64(B, "w", 8, false);
  btf__add_enum64_value(B, "BIG", 1ULL << 33);
  btf__add_struct(B, nullptr, 4);
  btf__add_field(B, "y", Int, 0, 0);
  return BtfPtr(B, btf__free);
}

std::string spec(CoreKind K, uint32_t Root, const char *Access) {
  BtfPtr B = objectBtf();
  return formatCoreSpec(B.get(), Root, K, Access).value_or("<none>");
}

TEST(CoreSpecText, Members) {
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "0:0"),
            "<byte_off> [5] struct s.x (0:0 @ offset 0)");
  // An anonymous member adds no accessor, its member does.
  EXPECT_EQ(spec(CoreKind::FieldByteSize, 5, "0:1:0"),
            "<byte_sz> [5] struct s.u (0:1:0 @ offset 4)");
}

TEST(CoreSpecText, ArrayIndexes) {
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "0:4:2"),
            "<byte_off> [5] struct s.arr[2] (0:4:2 @ offset 20)");
  // The first index is shown only above 0; it scales by the root's size.
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "2:0"),
            "<byte_off> [5] struct s[2].x (2:0 @ offset 56)");
}

TEST(CoreSpecText, BitOffsets) {
  EXPECT_EQ(spec(CoreKind::FieldLShiftU64, 5, "0:3"),
            "<lshift_u64> [5] struct s.hi (0:3 @ offset 8.3)");
  EXPECT_EQ(spec(CoreKind::FieldSigned, 5, "0:2"),
            "<signed> [5] struct s.lo (0:2 @ offset 8)");
}

TEST(CoreSpecText, RootThroughTypedef) {
  // The root is named as it is (a typedef), the access goes through it.
  EXPECT_EQ(spec(CoreKind::FieldExists, 6, "0:0"),
            "<field_exists> [6] typedef s_t.x (0:0 @ offset 0)");
}

TEST(CoreSpecText, AnonymousRoot) {
  EXPECT_EQ(spec(CoreKind::FieldRShiftU64, 9, "0:0"),
            "<rshift_u64> [9] struct <anon>.y (0:0 @ offset 0)");
}

TEST(CoreSpecText, Enumerators) {
  EXPECT_EQ(spec(CoreKind::EnumValue, 7, "0"),
            "<enumval_value> [7] enum e::A = 1");
  // A signed enum prints its values signed.
  EXPECT_EQ(spec(CoreKind::EnumValueExists, 7, "1"),
            "<enumval_exists> [7] enum e::B = -3");
  EXPECT_EQ(spec(CoreKind::EnumValue, 8, "0"),
            "<enumval_value> [8] enum64 w::BIG = 8589934592");
}

TEST(CoreSpecText, TypesStopAfterTheName) {
  EXPECT_EQ(spec(CoreKind::TypeSize, 5, "0"), "<type_size> [5] struct s");
  EXPECT_EQ(spec(CoreKind::TypeIdTarget, 6, "0"),
            "<target_type_id> [6] typedef s_t");
  EXPECT_EQ(spec(CoreKind::TypeMatches, 9, "0"),
            "<type_matches> [9] struct <anon>");
}

TEST(CoreSpecText, AccessOutsideTheType) {
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "0:9"), "<none>");
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "0:4:4"), "<none>");
  EXPECT_EQ(spec(CoreKind::EnumValue, 7, "2"), "<none>");
  EXPECT_EQ(spec(CoreKind::FieldByteOffset, 5, "0:x"), "<none>");
}

TEST(CoreSpecText, LongSpecsAreCut) {
  std::string Long(300, 'a');
  std::string M = coreFailureMessage(Long);
  EXPECT_EQ(M, "failed to resolve CO-RE relocation " + Long.substr(0, 255) +
                   "...");
  EXPECT_EQ(coreFailureMessage("<byte_off> [1] struct s"),
            "failed to resolve CO-RE relocation <byte_off> [1] struct s");
}

} // namespace
