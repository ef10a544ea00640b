//===- CtxLayoutTest.cpp - Context struct layouts -------------------------===//
//
// Offsets and sizes from include/uapi/linux/bpf.h, which the rules rely on.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CtxLayout.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

uint32_t offsetOf(CtxStruct S, const char *Field) {
  const CtxField *F = findCtxField(S, Field);
  EXPECT_NE(F, nullptr) << Field;
  return F ? F->Offset : ~0u;
}

TEST(CtxLayoutTest, Sizes) {
  EXPECT_EQ(ctxStructSize(CtxStruct::SkBuff), 192u);
  EXPECT_EQ(ctxStructSize(CtxStruct::XdpMd), 24u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfSockAddr), 72u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfSockOps), 224u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfSock), 80u);
  EXPECT_EQ(ctxStructSize(CtxStruct::SkMsgMd), 80u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfFlowKeys), 56u);
  EXPECT_EQ(ctxStructSize(CtxStruct::SkReuseportMd), 56u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfSkLookup), 72u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfSockopt), 40u);
  EXPECT_EQ(ctxStructSize(CtxStruct::PtRegs), 168u);
  EXPECT_EQ(ctxStructSize(CtxStruct::BpfPerfEventData), 184u);
  EXPECT_STREQ(ctxStructName(CtxStruct::SkBuff), "struct __sk_buff");
}

TEST(CtxLayoutTest, Offsets) {
  EXPECT_EQ(offsetOf(CtxStruct::SkBuff, "cb"), 48u);
  EXPECT_EQ(offsetOf(CtxStruct::SkBuff, "data"), 76u);
  EXPECT_EQ(offsetOf(CtxStruct::SkBuff, "data_meta"), 140u);
  EXPECT_EQ(offsetOf(CtxStruct::SkBuff, "sk"), 168u);
  EXPECT_EQ(offsetOf(CtxStruct::SkBuff, "hwtstamp"), 184u);
  EXPECT_EQ(offsetOf(CtxStruct::XdpMd, "data_meta"), 8u);
  EXPECT_EQ(offsetOf(CtxStruct::BpfSockOps, "sk"), 184u);
  EXPECT_EQ(offsetOf(CtxStruct::PtRegs, "di"), 112u);
  EXPECT_EQ(offsetOf(CtxStruct::PtRegs, "ip"), 128u);
  EXPECT_EQ(offsetOf(CtxStruct::BpfSkLookup, "remote_port"), 36u);
}

TEST(CtxLayoutTest, Describe) {
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 0), "len");
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 56), "cb[2]");
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 18), "protocol+2");
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 106), "remote_ip6[1]+2");
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 182), "");
  EXPECT_EQ(describeCtxOffset(CtxStruct::SkBuff, 500), "");
  EXPECT_EQ(describeCtxOffset(CtxStruct::BpfSockOps, 4), "args[0]");
}

TEST(CtxLayoutTest, ProgTypeToStruct) {
  EXPECT_EQ(ctxStructOf(ProgType::SchedCls), CtxStruct::SkBuff);
  EXPECT_EQ(ctxStructOf(ProgType::Xdp), CtxStruct::XdpMd);
  EXPECT_EQ(ctxStructOf(ProgType::Kprobe), CtxStruct::PtRegs);
  EXPECT_EQ(ctxStructOf(ProgType::CgroupSock), CtxStruct::BpfSock);
  EXPECT_EQ(ctxStructOf(ProgType::Tracing), std::nullopt);
}

// Every field lies inside its struct, and fields of a struct do not overlap
// except where they share a union.
TEST(CtxLayoutTest, FieldsFit) {
  for (CtxStruct S :
       {CtxStruct::SkBuff, CtxStruct::XdpMd, CtxStruct::BpfSock,
        CtxStruct::BpfTcpSock, CtxStruct::BpfSockAddr, CtxStruct::BpfSockOps,
        CtxStruct::SkMsgMd, CtxStruct::SkReuseportMd, CtxStruct::BpfSkLookup,
        CtxStruct::BpfSysctl, CtxStruct::BpfSockopt, CtxStruct::BpfCgroupDevCtx,
        CtxStruct::PtRegs, CtxStruct::BpfPerfEventData, CtxStruct::BpfFlowKeys,
        CtxStruct::BpfNfCtx}) {
    for (uint32_t Off = 0; Off < ctxStructSize(S); ++Off) {
      const CtxField *F = ctxFieldAt(S, Off);
      if (!F)
        continue;
      EXPECT_LE(F->Offset + F->ElemSize * F->Count, ctxStructSize(S))
          << ctxStructName(S) << " " << F->Name;
    }
  }
}

} // namespace
