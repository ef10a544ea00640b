//===- CtxAccessSkbTest.cpp - struct __sk_buff access rules ---------------===//
//
// The __sk_buff rules of the kernel's *_is_valid_access() functions for the
// program types sharing that context.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CtxAccess.h"
#include "verifiable/Model/CtxLayout.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

constexpr AttachType NoAttach = AttachType::CgroupInetIngress;

int32_t off(const char *Field) {
  const CtxField *F = findCtxField(CtxStruct::SkBuff, Field);
  EXPECT_NE(F, nullptr) << Field;
  return F ? static_cast<int32_t>(F->Offset) : -1;
}

bool canLoad(ProgType PT, const char *Field, uint32_t Size, int32_t Delta = 0) {
  return checkCtxAccess(PT, NoAttach, off(Field) + Delta, Size, false).Allowed;
}

bool canStore(ProgType PT, const char *Field, uint32_t Size,
              int32_t Delta = 0) {
  return checkCtxAccess(PT, NoAttach, off(Field) + Delta, Size, true).Allowed;
}

TEST(CtxAccessSkbTest, Len) {
  CtxAccess A = checkCtxAccess(ProgType::SchedCls, NoAttach, 0, 4, false);
  EXPECT_TRUE(A.Allowed);
  EXPECT_TRUE(A.Modeled);
  EXPECT_EQ(A.Kind, CtxValueKind::Scalar);
  EXPECT_TRUE(A.Message.empty());

  A = checkCtxAccess(ProgType::SchedCls, NoAttach, 0, 4, true);
  EXPECT_FALSE(A.Allowed);
  EXPECT_EQ(A.Message, "invalid bpf_context access off=0 size=4");

  // Narrow loads of any part; no 8-byte load of a 4-byte field.
  EXPECT_TRUE(canLoad(ProgType::SchedCls, "len", 2, 2));
  EXPECT_TRUE(canLoad(ProgType::SchedCls, "len", 1, 3));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "len", 8));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "len", 4, 2)); // misaligned
}

TEST(CtxAccessSkbTest, NarrowProtocol) {
  for (ProgType PT : {ProgType::SocketFilter, ProgType::SchedCls,
                      ProgType::CgroupSkb, ProgType::LwtIn, ProgType::SkSkb}) {
    EXPECT_TRUE(canLoad(PT, "protocol", 1)) << progTypeName(PT);
    EXPECT_TRUE(canLoad(PT, "protocol", 2)) << progTypeName(PT);
    EXPECT_FALSE(canStore(PT, "protocol", 4)) << progTypeName(PT);
  }
}

TEST(CtxAccessSkbTest, PacketPointers) {
  CtxAccess A = checkCtxAccess(ProgType::SchedCls, NoAttach, 76, 4, false);
  EXPECT_TRUE(A.Allowed);
  EXPECT_EQ(A.Kind, CtxValueKind::PacketData);
  A = checkCtxAccess(ProgType::SchedCls, NoAttach, 80, 4, false);
  EXPECT_EQ(A.Kind, CtxValueKind::PacketEnd);
  A = checkCtxAccess(ProgType::SchedCls, NoAttach, 140, 4, false);
  EXPECT_EQ(A.Kind, CtxValueKind::PacketMeta);

  EXPECT_FALSE(canLoad(ProgType::SchedCls, "data", 8));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "data", 2));
  EXPECT_FALSE(canStore(ProgType::SchedCls, "data", 4));
  EXPECT_FALSE(
      checkCtxAccess(ProgType::SchedCls, NoAttach, 76, 4, false, true).Allowed);

  // Only tc sees data_meta; socket filters see no packet pointers.
  EXPECT_FALSE(canLoad(ProgType::CgroupSkb, "data_meta", 4));
  EXPECT_TRUE(canLoad(ProgType::CgroupSkb, "data", 4));
  EXPECT_FALSE(canLoad(ProgType::SocketFilter, "data", 4));
  EXPECT_FALSE(canLoad(ProgType::SocketFilter, "data_end", 4));
  EXPECT_TRUE(canLoad(ProgType::SkSkb, "data_end", 4));
  EXPECT_TRUE(canLoad(ProgType::LwtXmit, "data", 4));
}

TEST(CtxAccessSkbTest, WritableFieldsPerType) {
  EXPECT_TRUE(canStore(ProgType::SchedCls, "mark", 4));
  EXPECT_FALSE(canStore(ProgType::SchedCls, "mark", 2));
  EXPECT_TRUE(canStore(ProgType::SchedCls, "tc_index", 4));
  EXPECT_TRUE(canStore(ProgType::SchedCls, "tc_classid", 4));
  EXPECT_TRUE(canStore(ProgType::SchedCls, "queue_mapping", 4));
  EXPECT_TRUE(canStore(ProgType::SchedAct, "priority", 4));

  EXPECT_TRUE(canStore(ProgType::CgroupSkb, "mark", 4));
  EXPECT_FALSE(canStore(ProgType::CgroupSkb, "tc_index", 4));

  EXPECT_FALSE(canStore(ProgType::SocketFilter, "mark", 4));
  EXPECT_TRUE(canLoad(ProgType::SocketFilter, "mark", 4));

  // sk_skb may neither read nor write mark.
  EXPECT_FALSE(canLoad(ProgType::SkSkb, "mark", 4));
  EXPECT_TRUE(canStore(ProgType::SkSkb, "tc_index", 4));
  EXPECT_FALSE(canStore(ProgType::SkSkb, "cb", 4));

  EXPECT_TRUE(canStore(ProgType::LwtOut, "mark", 4));
  EXPECT_FALSE(canStore(ProgType::LwtOut, "tc_index", 4));
}

TEST(CtxAccessSkbTest, Cb) {
  for (ProgType PT : {ProgType::SocketFilter, ProgType::SchedCls,
                      ProgType::CgroupSkb, ProgType::LwtIn}) {
    EXPECT_TRUE(canStore(PT, "cb", 4, 16)) << progTypeName(PT);
    EXPECT_TRUE(canStore(PT, "cb", 8)) << progTypeName(PT);
    EXPECT_TRUE(canStore(PT, "cb", 1, 19)) << progTypeName(PT);
    EXPECT_TRUE(canLoad(PT, "cb", 8, 8)) << progTypeName(PT);
    // cb[4] plus the next field.
    EXPECT_FALSE(canLoad(PT, "cb", 8, 16)) << progTypeName(PT);
  }
}

TEST(CtxAccessSkbTest, SocketFields) {
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "family", 4));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "remote_ip4", 4));
  EXPECT_TRUE(canLoad(ProgType::CgroupSkb, "family", 4));
  EXPECT_TRUE(canLoad(ProgType::CgroupSkb, "remote_ip6", 4, 12));
  EXPECT_FALSE(canLoad(ProgType::CgroupSkb, "remote_ip6", 2));
  EXPECT_TRUE(canLoad(ProgType::CgroupSkb, "local_port", 2));
  EXPECT_TRUE(canLoad(ProgType::SkSkb, "remote_port", 4));
  EXPECT_FALSE(canLoad(ProgType::SocketFilter, "local_port", 4));

  CtxAccess Sk = checkCtxAccess(ProgType::SchedCls, NoAttach, 168, 8, false);
  EXPECT_TRUE(Sk.Allowed);
  EXPECT_EQ(Sk.Kind, CtxValueKind::SockCommonOrNull);
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "sk", 4));
  EXPECT_FALSE(canStore(ProgType::SchedCls, "sk", 8));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "flow_keys", 8));
}

TEST(CtxAccessSkbTest, Timestamps) {
  EXPECT_TRUE(canLoad(ProgType::SchedCls, "tstamp", 8));
  EXPECT_TRUE(canStore(ProgType::SchedCls, "tstamp", 8));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "tstamp", 4));
  EXPECT_TRUE(canStore(ProgType::CgroupSkb, "tstamp", 8));
  EXPECT_FALSE(canLoad(ProgType::SocketFilter, "tstamp", 8));
  EXPECT_FALSE(canLoad(ProgType::LwtIn, "tstamp", 8));

  EXPECT_TRUE(canLoad(ProgType::SchedCls, "tstamp_type", 1));
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "tstamp_type", 4));
  EXPECT_FALSE(canStore(ProgType::SchedCls, "tstamp_type", 1));
  EXPECT_FALSE(canLoad(ProgType::CgroupSkb, "tstamp_type", 1));
  // The padding after tstamp_type.
  EXPECT_FALSE(canLoad(ProgType::SchedCls, "tstamp_type", 1, 1));

  EXPECT_TRUE(canLoad(ProgType::SchedCls, "hwtstamp", 8));
  EXPECT_FALSE(canStore(ProgType::SchedCls, "hwtstamp", 8));
  EXPECT_FALSE(canLoad(ProgType::SkSkb, "hwtstamp", 8));

  EXPECT_TRUE(canLoad(ProgType::SchedCls, "wire_len", 4));
  EXPECT_FALSE(canLoad(ProgType::CgroupSkb, "wire_len", 4));
}

TEST(CtxAccessSkbTest, Bounds) {
  EXPECT_FALSE(
      checkCtxAccess(ProgType::SchedCls, NoAttach, 192, 4, false).Allowed);
  CtxAccess A = checkCtxAccess(ProgType::SchedCls, NoAttach, -4, 4, false);
  EXPECT_FALSE(A.Allowed);
  EXPECT_EQ(A.Message, "invalid bpf_context access off=-4 size=4");
  EXPECT_FALSE(
      checkCtxAccess(ProgType::SchedCls, NoAttach, 0, 3, false).Allowed);
}

TEST(CtxAccessSkbTest, FlowDissector) {
  CtxAccess A =
      checkCtxAccess(ProgType::FlowDissector, NoAttach, 144, 8, false);
  EXPECT_TRUE(A.Allowed);
  EXPECT_EQ(A.Kind, CtxValueKind::FlowKeys);
  EXPECT_EQ(
      checkCtxAccess(ProgType::FlowDissector, NoAttach, 76, 4, false).Kind,
      CtxValueKind::PacketData);
  EXPECT_EQ(
      checkCtxAccess(ProgType::FlowDissector, NoAttach, 80, 4, false).Kind,
      CtxValueKind::PacketEnd);
  EXPECT_FALSE(canLoad(ProgType::FlowDissector, "len", 4));
  EXPECT_FALSE(canStore(ProgType::FlowDissector, "cb", 4));
}

} // namespace
