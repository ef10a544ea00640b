//===- CoreRelocationTest.cpp - CO-RE resolution against a target BTF -----===//
//
// Target kernels built with libbpf's BTF writer, so each case states the
// target layout next to the value libbpf would patch in (or its poisoning).
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CoreRelocation.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

#include <cstdio>
#include <unistd.h>

using namespace verifiable::model;

namespace {

/// A target BTF written to a temporary file, as TargetBtf reads it.
class TargetFile {
public:
  explicit TargetFile(struct btf *B) {
    char Name[] = "/tmp/core-test-XXXXXX";
    int Fd = mkstemp(Name);
    Path = Name;
    uint32_t Size = 0;
    const void *Raw = btf__raw_data(B, &Size);
    EXPECT_EQ(write(Fd, Raw, Size), static_cast<ssize_t>(Size));
    close(Fd);
    btf__free(B);
  }
  ~TargetFile() { unlink(Path.c_str()); }
  std::string Path;
};

CoreLocalType intType() {
  CoreLocalType T;
  T.Kind = CoreLocalType::Int;
  return T;
}

CoreLocalSpec field(CoreKind K, const char *Root,
                    std::vector<const char *> Members) {
  CoreLocalSpec S;
  S.Kind = K;
  S.RootName = Root;
  S.RootBtfKind = BTF_KIND_STRUCT;
  for (const char *M : Members) {
    CoreStep Step;
    Step.MemberName = M;
    Step.Type = intType();
    S.Steps.push_back(Step);
  }
  return S;
}

/// struct sk { u32 len; union { u32 a; u16 b; }; u8 lo:3, hi:5;
///             u16 port; s32 arr[4]; }
/// enum color { RED = 1, BLUE = 7 }
struct btf *kernel() {
  struct btf *B = btf__new_empty();
  int U32 = btf__add_int(B, "unsigned int", 4, 0);
  int U16 = btf__add_int(B, "unsigned short", 2, 0);
  int U8 = btf__add_int(B, "unsigned char", 1, 0);
  int S32 = btf__add_int(B, "int", 4, BTF_INT_SIGNED);
  int Arr = btf__add_array(B, U32, S32, 4);
  int Anon = btf__add_union(B, nullptr, 4);
  btf__add_field(B, "a", U32, 0, 0);
  btf__add_field(B, "b", U16, 0, 0);
  btf__add_struct(B, "sk", 32);
  btf__add_field(B, "len", U32, 0, 0);
  btf__add_field(B, nullptr, Anon, 32, 0);
  btf__add_field(B, "lo", U8, 64, 3);
  btf__add_field(B, "hi", U8, 67, 5);
  btf__add_field(B, "port", U16, 80, 0);
  btf__add_field(B, "arr", Arr, 96, 0);
  btf__add_enum(B, "color", 4);
  btf__add_enum_value(B, "RED", 1);
  btf__add_enum_value(B, "BLUE", 7);
  return B;
}

TEST(CoreRelocationTest, FieldOffsetThroughAnonymousUnionAndFlavor) {
  TargetFile F(kernel());
  TargetBtf T(F.Path);
  CoreResolution R =
      resolveCore(field(CoreKind::FieldByteOffset, "sk___v1", {"b"}), T);
  EXPECT_EQ(R.Status, CoreResolution::Patched);
  EXPECT_EQ(R.Value, 4u);
  EXPECT_EQ(R.FieldByteSize, 2u);
  EXPECT_TRUE(R.SizeAdjustable);
  EXPECT_FALSE(T.hash().empty());
}

TEST(CoreRelocationTest, Bitfield) {
  TargetFile F(kernel());
  TargetBtf T(F.Path);
  auto V = [&](CoreKind K) {
    CoreResolution R = resolveCore(field(K, "sk", {"hi"}), T);
    EXPECT_EQ(R.Status, CoreResolution::Patched);
    return R.Value;
  };
  // hi: bits 67..71, in the byte at offset 8.
  EXPECT_EQ(V(CoreKind::FieldByteOffset), 8u);
  EXPECT_EQ(V(CoreKind::FieldByteSize), 1u);
  EXPECT_EQ(V(CoreKind::FieldLShiftU64), 64u - (67 + 5 - 64));
  EXPECT_EQ(V(CoreKind::FieldRShiftU64), 64u - 5);
  EXPECT_EQ(V(CoreKind::FieldSigned), 0u);
  EXPECT_EQ(V(CoreKind::FieldExists), 1u);
}

TEST(CoreRelocationTest, ArrayElement) {
  TargetFile F(kernel());
  TargetBtf T(F.Path);
  CoreLocalSpec S = field(CoreKind::FieldByteOffset, "sk", {"arr"});
  S.Steps[0].Type.Kind = CoreLocalType::Array;
  S.Steps[0].Type.Elem = std::make_shared<CoreLocalType>(intType());
  CoreStep Index;
  Index.IsMember = false;
  Index.ArrayIndex = 2;
  Index.Type = intType();
  S.Steps.push_back(Index);
  CoreResolution R = resolveCore(S, T);
  EXPECT_EQ(R.Status, CoreResolution::Patched);
  EXPECT_EQ(R.Value, 12u + 2 * 4);
  S.Kind = CoreKind::FieldSigned;
  EXPECT_EQ(resolveCore(S, T).Value, 1u);
  // Past the target array's end: no match, so the load is poisoned.
  S.Kind = CoreKind::FieldByteOffset;
  S.Steps[1].ArrayIndex = 4;
  EXPECT_EQ(resolveCore(S, T).Status, CoreResolution::Poisoned);
}

TEST(CoreRelocationTest, MissingFieldPoisonsButExistenceIsZero) {
  TargetFile F(kernel());
  TargetBtf T(F.Path);
  EXPECT_EQ(
      resolveCore(field(CoreKind::FieldByteOffset, "sk", {"mark"}), T).Status,
      CoreResolution::Poisoned);
  CoreResolution E =
      resolveCore(field(CoreKind::FieldExists, "sk", {"mark"}), T);
  EXPECT_EQ(E.Status, CoreResolution::Patched);
  EXPECT_EQ(E.Value, 0u);
  // A local struct member where the target has an integer: incompatible.
  CoreLocalSpec S = field(CoreKind::FieldByteOffset, "sk", {"len"});
  S.Steps[0].Type.Kind = CoreLocalType::Struct;
  EXPECT_EQ(resolveCore(S, T).Status, CoreResolution::Poisoned);
}

TEST(CoreRelocationTest, TypeAndEnumRelocations) {
  TargetFile F(kernel());
  TargetBtf T(F.Path);
  CoreLocalSpec S;
  S.RootName = "sk";
  S.RootBtfKind = BTF_KIND_STRUCT;
  S.Kind = CoreKind::TypeSize;
  EXPECT_EQ(resolveCore(S, T).Value, 32u);
  S.Kind = CoreKind::TypeExists;
  EXPECT_EQ(resolveCore(S, T).Value, 1u);
  S.RootName = "nope";
  EXPECT_EQ(resolveCore(S, T).Value, 0u);
  EXPECT_EQ(resolveCore(S, T).Status, CoreResolution::Patched);

  CoreLocalSpec E;
  E.RootName = "color";
  E.RootBtfKind = BTF_KIND_ENUM;
  E.Kind = CoreKind::EnumValue;
  E.Enumerator = "BLUE";
  EXPECT_EQ(resolveCore(E, T).Value, 7u);
  E.Enumerator = "GREEN";
  EXPECT_EQ(resolveCore(E, T).Status, CoreResolution::Poisoned);
  E.Kind = CoreKind::EnumValueExists;
  EXPECT_EQ(resolveCore(E, T).Value, 0u);
}

TEST(CoreRelocationTest, DisagreeingCandidatesAreUnresolved) {
  struct btf *B = btf__new_empty();
  int U32 = btf__add_int(B, "unsigned int", 4, 0);
  btf__add_struct(B, "s___a", 4);
  btf__add_field(B, "x", U32, 0, 0);
  btf__add_struct(B, "s___b", 8);
  btf__add_field(B, "y", U32, 0, 0);
  btf__add_field(B, "x", U32, 32, 0);
  TargetFile F(B);
  TargetBtf T(F.Path);
  CoreResolution R =
      resolveCore(field(CoreKind::FieldByteOffset, "s", {"x"}), T);
  EXPECT_EQ(R.Status, CoreResolution::Unresolved);
}

TEST(CoreRelocationTest, NoTargetBtf) {
  TargetBtf None("none");
  CoreResolution R =
      resolveCore(field(CoreKind::FieldByteOffset, "sk", {"len"}), None);
  EXPECT_EQ(R.Status, CoreResolution::Unresolved);
  EXPECT_NE(R.Why.find("-verifiable-target-btf"), std::string::npos);
  EXPECT_TRUE(None.used());

  TargetBtf Lazy("/nonexistent/btf");
  EXPECT_FALSE(Lazy.used()); // nothing is read until a program needs it
  EXPECT_EQ(Lazy.get(), nullptr);
  EXPECT_NE(Lazy.problem().find("cannot read"), std::string::npos);
}

} // namespace
