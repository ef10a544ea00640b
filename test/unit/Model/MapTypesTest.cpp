//===- MapTypesTest.cpp - Map types and map/helper pairing ----------------===//
//
// Numbering and properties of map types, and the kernel's two-sided check
// of which maps may be passed to which helpers.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/MapTypes.h"
#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(MapTypesTest, Numbering) {
  EXPECT_EQ(static_cast<uint32_t>(MapType::Hash), 1u);
  EXPECT_EQ(static_cast<uint32_t>(MapType::ProgArray), 3u);
  EXPECT_EQ(static_cast<uint32_t>(MapType::Sockhash), 18u);
  EXPECT_EQ(static_cast<uint32_t>(MapType::Ringbuf), 27u);
  EXPECT_EQ(static_cast<uint32_t>(MapType::Arena), 33u);
  EXPECT_STREQ(findMapType(MapType::Ringbuf)->KernelName,
               "BPF_MAP_TYPE_RINGBUF");
  EXPECT_EQ(findMapType("BPF_MAP_TYPE_LRU_HASH")->Type, MapType::LruHash);
  EXPECT_EQ(findMapType(34u), nullptr);
  for (uint32_t Id = 0; Id <= 33; ++Id)
    EXPECT_NE(findMapType(Id), nullptr) << Id;
}

TEST(MapTypesTest, Properties) {
  EXPECT_TRUE(findMapType(MapType::PercpuArray)->PerCpu);
  EXPECT_TRUE(findMapType(MapType::LruPercpuHash)->PerCpu);
  EXPECT_FALSE(findMapType(MapType::Array)->PerCpu);
  EXPECT_EQ(findMapType(MapType::Hash)->Lookup, MapLookup::Value);
  EXPECT_EQ(findMapType(MapType::ArrayOfMaps)->Lookup, MapLookup::InnerMap);
  EXPECT_EQ(findMapType(MapType::Xskmap)->Lookup, MapLookup::XdpSock);
  EXPECT_EQ(findMapType(MapType::Sockmap)->Lookup, MapLookup::Socket);
  EXPECT_EQ(findMapType(MapType::ProgArray)->Lookup, MapLookup::None);
  EXPECT_TRUE(findMapType(MapType::Devmap)->ProgReadOnly);
  EXPECT_FALSE(findMapType(MapType::Array)->ProgReadOnly);
  EXPECT_TRUE(mapLookupAcquires(MapType::Sockhash));
  EXPECT_FALSE(mapLookupAcquires(MapType::Hash));
  EXPECT_FALSE(findMapType(MapType::Arena)->Modeled);
}

TEST(MapTypesTest, LookupNeedsAValueMap) {
  for (MapType MT : {MapType::Hash, MapType::Array, MapType::PercpuArray,
                     MapType::LruHash, MapType::LpmTrie, MapType::ArrayOfMaps,
                     MapType::Devmap, MapType::Xskmap, MapType::Sockmap})
    EXPECT_TRUE(mapHelperCompatible(MT, BPF_FUNC_map_lookup_elem))
        << findMapType(MT)->KernelName;
  for (MapType MT :
       {MapType::ProgArray, MapType::PerfEventArray, MapType::Ringbuf,
        MapType::StackTrace, MapType::Queue, MapType::Cpumap,
        MapType::SkStorage, MapType::CgroupStorage, MapType::BloomFilter})
    EXPECT_FALSE(mapHelperCompatible(MT, BPF_FUNC_map_lookup_elem))
        << findMapType(MT)->KernelName;
  // MapLookup::None and incompatibility agree.
  for (uint32_t Id = 1; Id <= 33; ++Id) {
    const MapTypeInfo *I = findMapType(Id);
    if (!I->Modeled || I->Type == MapType::StructOps)
      continue;
    EXPECT_EQ(I->Lookup != MapLookup::None,
              mapHelperCompatible(I->Type, BPF_FUNC_map_lookup_elem))
        << I->KernelName;
  }
}

TEST(MapTypesTest, HelperSide) {
  EXPECT_TRUE(mapHelperCompatible(MapType::ProgArray, BPF_FUNC_tail_call));
  EXPECT_FALSE(mapHelperCompatible(MapType::Array, BPF_FUNC_tail_call));
  EXPECT_TRUE(mapHelperCompatible(MapType::Ringbuf, BPF_FUNC_ringbuf_reserve));
  EXPECT_FALSE(mapHelperCompatible(MapType::Hash, BPF_FUNC_ringbuf_output));
  EXPECT_TRUE(
      mapHelperCompatible(MapType::PerfEventArray, BPF_FUNC_perf_event_output));
  EXPECT_FALSE(
      mapHelperCompatible(MapType::Ringbuf, BPF_FUNC_perf_event_output));
  EXPECT_TRUE(mapHelperCompatible(MapType::Devmap, BPF_FUNC_redirect_map));
  EXPECT_TRUE(mapHelperCompatible(MapType::Xskmap, BPF_FUNC_redirect_map));
  EXPECT_FALSE(mapHelperCompatible(MapType::Hash, BPF_FUNC_redirect_map));
  EXPECT_TRUE(mapHelperCompatible(MapType::Queue, BPF_FUNC_map_push_elem));
  EXPECT_TRUE(
      mapHelperCompatible(MapType::BloomFilter, BPF_FUNC_map_peek_elem));
  EXPECT_FALSE(
      mapHelperCompatible(MapType::BloomFilter, BPF_FUNC_map_pop_elem));
  EXPECT_FALSE(mapHelperCompatible(MapType::Hash, BPF_FUNC_map_push_elem));
  EXPECT_TRUE(mapHelperCompatible(MapType::PercpuHash,
                                  BPF_FUNC_map_lookup_percpu_elem));
  EXPECT_FALSE(
      mapHelperCompatible(MapType::Hash, BPF_FUNC_map_lookup_percpu_elem));
  EXPECT_TRUE(mapHelperCompatible(MapType::SkStorage, BPF_FUNC_sk_storage_get));
  EXPECT_FALSE(mapHelperCompatible(MapType::Hash, BPF_FUNC_sk_storage_get));
  EXPECT_TRUE(mapHelperCompatible(MapType::StackTrace, BPF_FUNC_get_stackid));
  EXPECT_TRUE(mapHelperCompatible(MapType::Hash, BPF_FUNC_for_each_map_elem));
  EXPECT_TRUE(mapHelperCompatible(MapType::Array, BPF_FUNC_map_update_elem));
}

TEST(MapTypesTest, SockmapUpdates) {
  EXPECT_TRUE(mapHelperCompatible(MapType::Sockmap, BPF_FUNC_map_update_elem,
                                  ProgType::SchedCls,
                                  AttachType::CgroupInetIngress));
  EXPECT_TRUE(mapHelperCompatible(MapType::Sockhash, BPF_FUNC_map_delete_elem,
                                  ProgType::SockOps,
                                  AttachType::CgroupSockOps));
  EXPECT_FALSE(mapHelperCompatible(MapType::Sockhash, BPF_FUNC_map_update_elem,
                                   ProgType::SockOps,
                                   AttachType::CgroupSockOps));
  EXPECT_FALSE(mapHelperCompatible(MapType::Sockmap, BPF_FUNC_map_update_elem,
                                   ProgType::Kprobe,
                                   AttachType::CgroupInetIngress));
  EXPECT_EQ(mapHelperIncompatibleMessage(
                MapType::Sockmap, BPF_FUNC_map_update_elem, ProgType::Kprobe,
                AttachType::CgroupInetIngress),
            "cannot update sockmap in this context");
  EXPECT_TRUE(mapHelperCompatible(MapType::Sockmap, BPF_FUNC_sock_map_update));
  EXPECT_FALSE(
      mapHelperCompatible(MapType::Sockhash, BPF_FUNC_sock_map_update));
}

TEST(MapTypesTest, Messages) {
  EXPECT_EQ(mapHelperIncompatibleMessage(MapType::ProgArray,
                                         BPF_FUNC_map_lookup_elem,
                                         ProgType::Xdp, AttachType::Xdp),
            "cannot pass map_type 3 into func bpf_map_lookup_elem#1");
  EXPECT_TRUE(helperWritesMap(BPF_FUNC_map_update_elem));
  EXPECT_TRUE(helperWritesMap(BPF_FUNC_map_pop_elem));
  EXPECT_FALSE(helperWritesMap(BPF_FUNC_map_lookup_elem));
  EXPECT_EQ(mapProgIncompatibleMessage(MapType::StructOps, false),
            "bpf_struct_ops map cannot be used in prog");
  EXPECT_EQ(mapProgIncompatibleMessage(MapType::Hash, true), "");
  EXPECT_EQ(mapProgIncompatibleMessage(MapType::PerfEventArray, true),
            "Sleepable programs can only use array, hash, ringbuf and local "
            "storage maps");
}

} // namespace
