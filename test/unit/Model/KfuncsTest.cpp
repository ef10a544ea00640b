//===- KfuncsTest.cpp - kfunc flags, sets and name suffixes ---------------===//
//
// The kfunc table against Linux 6.12's BTF_ID_FLAGS() sets, availability per
// program type on 6.12 and on the 6.18 host (measured with bpf_throw), and
// the parameter-name suffixes the kernel reads.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Kfuncs.h"
#include "verifiable/Model/KfuncBtf.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(KfuncsTest, Flags) {
  const KfuncInfo *Next = findKfunc("bpf_iter_num_next");
  ASSERT_NE(Next, nullptr);
  EXPECT_TRUE(Next->has(KF_ITER_NEXT));
  EXPECT_TRUE(Next->has(KF_RET_NULL));
  EXPECT_TRUE(Next->isIter());
  const KfuncInfo *Acquire = findKfunc("bpf_task_acquire");
  ASSERT_NE(Acquire, nullptr);
  EXPECT_EQ(Acquire->Flags, KF_ACQUIRE | KF_RCU | KF_RET_NULL);
  EXPECT_FALSE(Acquire->isIter());
  EXPECT_TRUE(findKfunc("bpf_copy_from_user_str")->has(KF_SLEEPABLE));
  EXPECT_EQ(findKfunc("bpf_iter_num"), nullptr);
  EXPECT_EQ(findKfunc("bpf_testmod_test_mod_kfunc"), nullptr);
}

TEST(KfuncsTest, Availability) {
  const KfuncInfo &Throw = *findKfunc("bpf_throw");
  const KfuncInfo &Num = *findKfunc("bpf_iter_num_new");
  for (const KernelProfile *P : {&hostProfile(), &linux612Profile()}) {
    EXPECT_TRUE(kfuncAllowed(Throw, ProgType::Xdp, *P));
    EXPECT_TRUE(kfuncAllowed(Throw, ProgType::SchedCls, *P));
    EXPECT_TRUE(kfuncAllowed(Throw, ProgType::CgroupSkb, *P));
    EXPECT_FALSE(kfuncAllowed(Throw, ProgType::Kprobe, *P));
    EXPECT_FALSE(kfuncAllowed(Throw, ProgType::SocketFilter, *P));
    EXPECT_FALSE(kfuncAllowed(Throw, ProgType::SkLookup, *P));
    EXPECT_TRUE(kfuncAllowed(Num, ProgType::Kprobe, *P));
    EXPECT_TRUE(kfuncAllowed(Num, ProgType::SocketFilter, *P));
  }
  // 6.18 registers the generic set for more program types.
  EXPECT_TRUE(kfuncAllowed(Throw, ProgType::Tracepoint, hostProfile()));
  EXPECT_TRUE(kfuncAllowed(Throw, ProgType::CgroupSockAddr, hostProfile()));
  EXPECT_FALSE(kfuncAllowed(Throw, ProgType::Tracepoint, linux612Profile()));
  EXPECT_FALSE(
      kfuncAllowed(Throw, ProgType::RawTracepointWritable, hostProfile()));
}

TEST(KfuncsTest, CpumaskSet) {
  const KfuncInfo &Create = *findKfunc("bpf_cpumask_create");
  EXPECT_TRUE(Create.has(KF_ACQUIRE) && Create.has(KF_RET_NULL));
  EXPECT_TRUE(findKfunc("bpf_cpumask_set_cpu")->has(KF_RCU));
  EXPECT_TRUE(findKfunc("bpf_cpumask_release")->has(KF_RELEASE));
  for (ProgType T : {ProgType::Tracing, ProgType::Lsm, ProgType::StructOps,
                     ProgType::Syscall})
    EXPECT_TRUE(kfuncAllowed(Create, T, hostProfile()));
  // Unlike the generic set, not for tc or XDP.
  EXPECT_FALSE(kfuncAllowed(Create, ProgType::SchedCls, hostProfile()));
  EXPECT_FALSE(kfuncAllowed(Create, ProgType::Xdp, hostProfile()));
  EXPECT_FALSE(kfuncAllowed(Create, ProgType::Kprobe, hostProfile()));
  // 6.18 adds tracepoints and perf events; 6.12 does not.
  EXPECT_TRUE(kfuncAllowed(Create, ProgType::Tracepoint, hostProfile()));
  EXPECT_TRUE(kfuncAllowed(Create, ProgType::PerfEvent, hostProfile()));
  EXPECT_FALSE(kfuncAllowed(Create, ProgType::Tracepoint, linux612Profile()));
}

TEST(KfuncsTest, PacketDynptrSets) {
  const KfuncInfo &Skb = *findKfunc("bpf_dynptr_from_skb");
  const KfuncInfo &Xdp = *findKfunc("bpf_dynptr_from_xdp");
  EXPECT_TRUE(Skb.has(KF_TRUSTED_ARGS));
  EXPECT_EQ(Xdp.Flags, 0u);
  for (const KernelProfile *P : {&hostProfile(), &linux612Profile()}) {
    for (ProgType T :
         {ProgType::SchedCls, ProgType::SchedAct, ProgType::SkSkb,
          ProgType::SocketFilter, ProgType::CgroupSkb, ProgType::LwtIn,
          ProgType::LwtOut, ProgType::LwtXmit, ProgType::LwtSeg6local,
          ProgType::Netfilter, ProgType::Tracing})
      EXPECT_TRUE(kfuncAllowed(Skb, T, *P));
    EXPECT_FALSE(kfuncAllowed(Skb, ProgType::FlowDissector, *P));
    EXPECT_FALSE(kfuncAllowed(Skb, ProgType::Xdp, *P));
    EXPECT_FALSE(kfuncAllowed(Skb, ProgType::RawTracepoint, *P));
    EXPECT_TRUE(kfuncAllowed(Xdp, ProgType::Xdp, *P));
    EXPECT_FALSE(kfuncAllowed(Xdp, ProgType::SchedCls, *P));
    EXPECT_FALSE(kfuncAllowed(Xdp, ProgType::RawTracepoint, *P));
  }
  // 6.18 lists bpf_dynptr_from_skb_meta; the model does not.
  EXPECT_EQ(findKfunc("bpf_dynptr_from_skb_meta"), nullptr);
}

TEST(KfuncsTest, ConntrackAndSocketIteratorSets) {
  const KfuncInfo &Lookup = *findKfunc("bpf_skb_ct_lookup");
  const KfuncInfo &Insert = *findKfunc("bpf_ct_insert_entry");
  const KfuncInfo &Destroy = *findKfunc("bpf_sock_destroy");
  EXPECT_TRUE(Lookup.has(KF_ACQUIRE) && Lookup.has(KF_RET_NULL));
  EXPECT_TRUE(Insert.has(KF_ACQUIRE) && Insert.has(KF_RELEASE));
  const KernelProfile &P = hostProfile();
  EXPECT_TRUE(kfuncAllowed(Lookup, ProgType::Xdp, P));
  EXPECT_TRUE(kfuncAllowed(Lookup, ProgType::SchedCls, P));
  EXPECT_FALSE(kfuncAllowed(Lookup, ProgType::SchedAct, P));
  EXPECT_FALSE(kfuncAllowed(Lookup, ProgType::Tracing, P));
  EXPECT_TRUE(
      kfuncAllowed(Destroy, ProgType::Tracing, P, AttachType::TraceIter));
  EXPECT_FALSE(kfuncAllowed(Destroy, ProgType::Tracing, P));
  EXPECT_FALSE(kfuncAllowed(Destroy, ProgType::Xdp, P, AttachType::TraceIter));
}

TEST(KfuncsTest, Suffixes) {
  EXPECT_EQ(kfuncParamSuffixes("it"), 0u);
  EXPECT_EQ(kfuncParamSuffixes("buffer__szk"), SuffixSzk);
  EXPECT_EQ(kfuncParamSuffixes("len__sz"), SuffixSz);
  EXPECT_EQ(kfuncParamSuffixes("flags__k"), SuffixK);
  EXPECT_EQ(kfuncParamSuffixes("meta__ign"), SuffixIgn);
  EXPECT_EQ(kfuncParamSuffixes("ptr__nullable"), SuffixNullable);
  EXPECT_EQ(kfuncParamSuffixes("s1__str"), SuffixStr);
  EXPECT_EQ(kfuncParamSuffixes("cb__async"), SuffixAsync);
  EXPECT_EQ(kfuncParamSuffixes("it__iter"), SuffixIter);
}

} // namespace
