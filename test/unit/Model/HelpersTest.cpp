//===- HelpersTest.cpp - Helper prototypes --------------------------------===//
//
// Spot checks of prototypes against the kernel's bpf_func_proto definitions,
// and consistency checks over the whole table.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

#include <set>
#include <string>

using namespace verifiable::model;

namespace {

TEST(HelpersTest, MapLookupElem) {
  const HelperProto *P = findHelper(1);
  ASSERT_NE(P, nullptr);
  EXPECT_STREQ(P->Name, "map_lookup_elem");
  EXPECT_TRUE(P->Modeled);
  EXPECT_EQ(P->Ret, RetType::PtrToMapValueOrNull);
  EXPECT_EQ(P->Args[0], ArgType::ConstMapPtr);
  EXPECT_EQ(P->Args[1], ArgType::PtrToMapKey);
  EXPECT_EQ(P->Args[2], ArgType::DontCare);
  EXPECT_EQ(P->numArgs(), 2u);
  EXPECT_FALSE(P->GplOnly);
  EXPECT_TRUE(P->PktAccess);
  EXPECT_FALSE(P->Acquires);
  EXPECT_EQ(P->ReleasesArg, -1);
  EXPECT_EQ(P->Variant, nullptr);
}

TEST(HelpersTest, LookupByName) {
  EXPECT_EQ(findHelper("map_lookup_elem"), findHelper(1));
  EXPECT_EQ(findHelper("bpf_map_lookup_elem"), findHelper(1));
  EXPECT_EQ(findHelper("bpf_ringbuf_reserve")->Id, 131u);
  EXPECT_EQ(findHelper("no_such_helper"), nullptr);
  EXPECT_EQ(findHelper(0u), nullptr);
  EXPECT_EQ(findHelper(212u), nullptr);
  EXPECT_EQ(BPF_FUNC_ringbuf_reserve, 131u);
  EXPECT_EQ(BPF_FUNC_cgrp_storage_delete, 211u);
  EXPECT_EQ(BPF_FUNC_MaxId, 212u);
}

TEST(HelpersTest, DisplayName) {
  EXPECT_EQ(helperDisplayName(12), "bpf_tail_call");
  EXPECT_EQ(helperDisplayName(0), "bpf_unspec");
  EXPECT_EQ(helperDisplayName(999), "unknown");
}

TEST(HelpersTest, Ringbuf) {
  const HelperProto *Reserve = findHelper(BPF_FUNC_ringbuf_reserve);
  EXPECT_EQ(Reserve->Ret, RetType::PtrToAllocMemOrNull);
  EXPECT_EQ(Reserve->Args[0], ArgType::ConstMapPtr);
  EXPECT_EQ(Reserve->Args[1], ArgType::ConstAllocSizeOrZero);
  EXPECT_EQ(Reserve->Args[2], ArgType::Anything);
  EXPECT_TRUE(Reserve->Acquires);

  for (unsigned Id : {BPF_FUNC_ringbuf_submit, BPF_FUNC_ringbuf_discard}) {
    const HelperProto *P = findHelper(Id);
    EXPECT_EQ(P->Ret, RetType::Void);
    EXPECT_EQ(P->Args[0], ArgType::PtrToAllocMem);
    EXPECT_EQ(P->ReleasesArg, 0);
  }
  EXPECT_EQ(findHelper(BPF_FUNC_ringbuf_output)->Args[1],
            ArgType::PtrToReadonlyMem);
}

TEST(HelpersTest, ProbeRead) {
  for (const char *Name :
       {"probe_read", "probe_read_str", "probe_read_user", "probe_read_kernel",
        "probe_read_user_str", "probe_read_kernel_str"}) {
    const HelperProto *P = findHelper(Name);
    ASSERT_NE(P, nullptr) << Name;
    EXPECT_TRUE(P->Modeled) << Name;
    EXPECT_TRUE(P->GplOnly) << Name;
    EXPECT_EQ(P->Ret, RetType::Integer) << Name;
    EXPECT_EQ(P->Args[0], ArgType::PtrToUninitMem) << Name;
    EXPECT_EQ(P->Args[1], ArgType::ConstSizeOrZero) << Name;
    EXPECT_EQ(P->Args[2], ArgType::Anything) << Name;
  }
}

TEST(HelpersTest, SocketReferences) {
  const HelperProto *Lookup = findHelper(BPF_FUNC_sk_lookup_tcp);
  EXPECT_EQ(Lookup->Ret, RetType::PtrToSocketOrNull);
  EXPECT_TRUE(Lookup->Acquires);
  EXPECT_EQ(Lookup->Args[0], ArgType::PtrToCtx);
  EXPECT_EQ(Lookup->Args[1], ArgType::PtrToReadonlyMem);
  EXPECT_EQ(Lookup->Args[2], ArgType::ConstSizeOrZero);
  EXPECT_EQ(findHelper(BPF_FUNC_skc_lookup_tcp)->Ret,
            RetType::PtrToSockCommonOrNull);

  const HelperProto *Release = findHelper(BPF_FUNC_sk_release);
  EXPECT_EQ(Release->Args[0], ArgType::PtrToBtfIdSockCommon);
  EXPECT_EQ(Release->ReleasesArg, 0);

  const HelperProto *TcpSock = findHelper(BPF_FUNC_tcp_sock);
  EXPECT_EQ(TcpSock->Ret, RetType::PtrToTcpSockOrNull);
  EXPECT_TRUE(TcpSock->CastsSocket);
  EXPECT_FALSE(TcpSock->Acquires);
}

TEST(HelpersTest, PacketDataChangers) {
  for (unsigned Id :
       {BPF_FUNC_skb_store_bytes, BPF_FUNC_skb_pull_data,
        BPF_FUNC_skb_change_tail, BPF_FUNC_skb_change_head,
        BPF_FUNC_skb_adjust_room, BPF_FUNC_l3_csum_replace,
        BPF_FUNC_l4_csum_replace, BPF_FUNC_xdp_adjust_head,
        BPF_FUNC_xdp_adjust_meta, BPF_FUNC_xdp_adjust_tail,
        BPF_FUNC_clone_redirect, BPF_FUNC_tail_call, BPF_FUNC_msg_pull_data}) {
    const HelperProto *P = findHelper(Id);
    EXPECT_TRUE(P->ChangesPktData) << P->Name;
    // The kernel insists that such helpers take the context first.
    EXPECT_EQ(P->Args[0], ArgType::PtrToCtx) << P->Name;
  }
  EXPECT_FALSE(findHelper(BPF_FUNC_skb_load_bytes)->ChangesPktData);
  EXPECT_FALSE(findHelper(BPF_FUNC_redirect)->ChangesPktData);
}

TEST(HelpersTest, Callbacks) {
  const HelperProto *Loop = findHelper(BPF_FUNC_loop);
  EXPECT_EQ(Loop->Callback, CallbackKind::Sync);
  EXPECT_EQ(Loop->callbackArg(), 1);
  EXPECT_EQ(Loop->Args[0], ArgType::Scalar);
  EXPECT_EQ(Loop->Args[2], ArgType::PtrToStackOrNull);

  const HelperProto *ForEach = findHelper(BPF_FUNC_for_each_map_elem);
  EXPECT_EQ(ForEach->Callback, CallbackKind::Sync);
  EXPECT_EQ(ForEach->callbackArg(), 1);

  const HelperProto *Timer = findHelper(BPF_FUNC_timer_set_callback);
  EXPECT_EQ(Timer->Callback, CallbackKind::Async);
  EXPECT_EQ(Timer->Args[0], ArgType::PtrToTimer);
  EXPECT_TRUE(Timer->GplOnly);

  EXPECT_EQ(findHelper(BPF_FUNC_find_vma)->callbackArg(), 2);
  EXPECT_EQ(findHelper(BPF_FUNC_user_ringbuf_drain)->Callback,
            CallbackKind::Sync);
  EXPECT_EQ(findHelper(BPF_FUNC_map_lookup_elem)->Callback, CallbackKind::None);
  EXPECT_EQ(findHelper(BPF_FUNC_map_lookup_elem)->callbackArg(), -1);
}

TEST(HelpersTest, FixedSizeArguments) {
  const HelperProto *Strtol = findHelper(BPF_FUNC_strtol);
  EXPECT_EQ(Strtol->Args[3], ArgType::PtrToLong);
  EXPECT_EQ(Strtol->ArgSize[3], 8u);
  const HelperProto *Mtu = findHelper(BPF_FUNC_check_mtu);
  EXPECT_EQ(Mtu->Args[2], ArgType::PtrToInt);
  EXPECT_EQ(Mtu->ArgSize[2], 4u);
  const HelperProto *Syncookie =
      findHelper(BPF_FUNC_tcp_raw_check_syncookie_ipv6);
  EXPECT_EQ(Syncookie->ArgSize[0], 40u);
  EXPECT_EQ(Syncookie->ArgSize[1], 20u);
}

TEST(HelpersTest, BtfTypes) {
  EXPECT_STREQ(findHelper(BPF_FUNC_get_current_task_btf)->RetBtf,
               "task_struct");
  EXPECT_EQ(findHelper(BPF_FUNC_get_current_task_btf)->Ret,
            RetType::PtrToBtfIdTrusted);
  EXPECT_STREQ(findHelper(BPF_FUNC_skc_to_tcp_sock)->RetBtf, "tcp_sock");
  EXPECT_STREQ(findHelper(BPF_FUNC_task_storage_get)->ArgBtf[1], "task_struct");
  EXPECT_EQ(findHelper(BPF_FUNC_task_storage_get)->ArgBtf[0], nullptr);
}

TEST(HelpersTest, Timing) {
  for (unsigned Id : {BPF_FUNC_ktime_get_ns, BPF_FUNC_ktime_get_boot_ns,
                      BPF_FUNC_ktime_get_coarse_ns, BPF_FUNC_ktime_get_tai_ns,
                      BPF_FUNC_jiffies64, BPF_FUNC_get_prandom_u32,
                      BPF_FUNC_get_smp_processor_id}) {
    const HelperProto *P = findHelper(Id);
    EXPECT_EQ(P->Ret, RetType::Integer) << P->Name;
    EXPECT_EQ(P->numArgs(), 0u) << P->Name;
  }
}

// bpf_kptr_xchg, the last helper without a prototype, now has one: it
// releases its second argument into the map and acquires the old value.
TEST(HelpersTest, EveryHelperModelled) {
  const HelperProto *P = findHelper(BPF_FUNC_kptr_xchg);
  ASSERT_NE(P, nullptr);
  EXPECT_TRUE(P->Modeled) << P->Name;
  EXPECT_EQ(P->Args[0], ArgType::KptrXchgDest);
  EXPECT_EQ(P->Args[1], ArgType::KptrXchgValue);
  EXPECT_EQ(P->ReleasesArg, 1);
  EXPECT_TRUE(P->Acquires);
  EXPECT_EQ(numModeledHelpers(), 211u);
}

TEST(HelpersTest, PerCpuPointers) {
  // RET_PTR_TO_MEM_OR_BTF_ID: only the argument is checked, the result is
  // unknown (per-CPU pointers come from typed __ksym variables).
  const HelperProto *P = findHelper(BPF_FUNC_per_cpu_ptr);
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(P->Ret, RetType::PtrToMemOrBtfIdOrNull);
  EXPECT_EQ(P->Args[0], ArgType::PtrToPercpuBtfId);
  EXPECT_EQ(P->Args[1], ArgType::Anything);
  P = findHelper(BPF_FUNC_this_cpu_ptr);
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(P->Ret, RetType::PtrToMemOrBtfId);
  EXPECT_EQ(P->numArgs(), 1u);
}

TEST(HelpersTest, Variants) {
  const HelperProto *RawTp = findHelperVariant("get_stack_raw_tp");
  ASSERT_NE(RawTp, nullptr);
  EXPECT_EQ(RawTp->Id, BPF_FUNC_get_stack);
  EXPECT_STREQ(RawTp->Name, "get_stack");
  EXPECT_EQ(RawTp->Args[1], ArgType::PtrToReadonlyMem);
  EXPECT_STREQ(RawTp->Variant, "get_stack_raw_tp");
  EXPECT_EQ(findHelperVariant("get_cgroup_classid_curr")->numArgs(), 0u);
  EXPECT_TRUE(findHelperVariant("get_stack_sleepable")->MightSleep);
  EXPECT_STREQ(findHelperVariant("get_task_stack_sleepable")->ArgBtf[0],
               "task_struct");
  EXPECT_EQ(findHelperVariant("nope"), nullptr);
}

// Table-wide invariants the kernel's check_func_proto() also enforces.
TEST(HelpersTest, EveryProtoIsWellFormed) {
  std::set<std::string> Names;
  for (unsigned Id = 1; Id < BPF_FUNC_MaxId; ++Id) {
    const HelperProto *P = findHelper(Id);
    ASSERT_NE(P, nullptr) << Id;
    EXPECT_EQ(P->Id, Id);
    EXPECT_TRUE(Names.insert(P->Name).second) << P->Name;
    if (!P->Modeled)
      continue;
    unsigned N = P->numArgs();
    for (unsigned I = N; I < MaxHelperArgs; ++I)
      EXPECT_EQ(P->Args[I], ArgType::DontCare) << P->Name << " gap at " << I;
    for (unsigned I = 0; I < N; ++I) {
      // Memory is followed by its size.
      if (isMemArg(P->Args[I])) {
        ASSERT_LT(I + 1, N) << P->Name;
        EXPECT_TRUE(isSizeArg(P->Args[I + 1])) << P->Name << " arg " << I;
      }
      if (isSizeArg(P->Args[I])) {
        ASSERT_GT(I, 0u) << P->Name;
        EXPECT_TRUE(isMemArg(P->Args[I - 1])) << P->Name << " arg " << I;
      }
      bool Fixed = P->Args[I] == ArgType::PtrToFixedSizeMem ||
                   P->Args[I] == ArgType::PtrToLong ||
                   P->Args[I] == ArgType::PtrToInt;
      EXPECT_EQ(Fixed, P->ArgSize[I] != 0) << P->Name << " arg " << I;
    }
    if (P->ReleasesArg >= 0) {
      EXPECT_LT(static_cast<unsigned>(P->ReleasesArg), N) << P->Name;
    }
    EXPECT_EQ(P->Callback != CallbackKind::None, P->callbackArg() >= 0)
        << P->Name;
  }
}

TEST(HelpersTest, TypeNames) {
  EXPECT_STREQ(argTypeName(ArgType::PtrToMapKey), "PtrToMapKey");
  EXPECT_STREQ(retTypeName(RetType::PtrToMapValueOrNull),
               "PtrToMapValueOrNull");
}

} // namespace
