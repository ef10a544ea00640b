//===- HelperAvailabilityTest.cpp - Helpers per program type --------------===//
//
// Which helpers the kernel's get_func_proto() functions hand out, checked
// for the common program types, attach-type conditions, per-type prototype
// variants and kernel profiles.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/HelperAvailability.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

/// On the host kernel (the default profile).
Availability allowed(ProgType PT, unsigned Id,
                     AttachType AT = AttachType::CgroupInetIngress) {
  return helperAllowed(PT, AT, Id);
}

/// On Linux 6.12.
Availability allowed612(ProgType PT, unsigned Id,
                        AttachType AT = AttachType::CgroupInetIngress) {
  HelperQuery Q{PT, AT, false, &linux612Profile()};
  return lookupHelper(Q, Id).Status;
}

constexpr Availability Allowed = Availability::Allowed;
constexpr Availability Forbidden = Availability::Forbidden;
constexpr Availability Unknown = Availability::Unknown;

TEST(HelperAvailabilityTest, BaseHelpersEverywhere) {
  for (ProgType PT :
       {ProgType::SocketFilter, ProgType::Kprobe, ProgType::SchedCls,
        ProgType::Xdp, ProgType::CgroupSkb, ProgType::CgroupSock,
        ProgType::SockOps, ProgType::SkSkb, ProgType::SkMsg,
        ProgType::RawTracepoint, ProgType::CgroupSockAddr,
        ProgType::SkReuseport, ProgType::FlowDissector, ProgType::CgroupSysctl,
        ProgType::CgroupSockopt, ProgType::SkLookup, ProgType::Netfilter,
        ProgType::CgroupDevice, ProgType::LwtIn}) {
    for (unsigned Id :
         {BPF_FUNC_map_lookup_elem, BPF_FUNC_map_update_elem,
          BPF_FUNC_map_delete_elem, BPF_FUNC_tail_call, BPF_FUNC_ktime_get_ns,
          BPF_FUNC_get_prandom_u32, BPF_FUNC_ringbuf_reserve,
          BPF_FUNC_ringbuf_submit, BPF_FUNC_loop, BPF_FUNC_spin_lock,
          BPF_FUNC_trace_printk, BPF_FUNC_probe_read_kernel,
          BPF_FUNC_get_current_pid_tgid, BPF_FUNC_snprintf,
          BPF_FUNC_for_each_map_elem, BPF_FUNC_timer_init, BPF_FUNC_jiffies64,
          BPF_FUNC_get_current_task_btf})
      EXPECT_EQ(allowed(PT, Id), Allowed)
          << progTypeName(PT) << " " << helperDisplayName(Id);
  }
}

TEST(HelperAvailabilityTest, Xdp) {
  const HelperProto *P = nullptr;
  EXPECT_EQ(helperAllowed(ProgType::Xdp, AttachType::Xdp,
                          BPF_FUNC_xdp_adjust_head, &P),
            Allowed);
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(P->Id, BPF_FUNC_xdp_adjust_head);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_redirect_map), Allowed);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_fib_lookup), Allowed);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_sk_lookup_tcp), Allowed);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_skc_to_tcp_sock), Allowed);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_skb_load_bytes), Forbidden);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_skb_store_bytes), Forbidden);
  EXPECT_EQ(allowed612(ProgType::Xdp, BPF_FUNC_get_current_comm), Forbidden);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_probe_read_user), Allowed);
  EXPECT_EQ(
      helperAllowed(ProgType::Xdp, AttachType::Xdp, BPF_FUNC_get_stackid, &P),
      Forbidden);
  EXPECT_EQ(P, nullptr);
}

TEST(HelperAvailabilityTest, Tc) {
  for (ProgType PT : {ProgType::SchedCls, ProgType::SchedAct})
    for (unsigned Id :
         {BPF_FUNC_skb_load_bytes,      BPF_FUNC_skb_store_bytes,
          BPF_FUNC_skb_pull_data,       BPF_FUNC_skb_change_tail,
          BPF_FUNC_skb_change_head,     BPF_FUNC_skb_adjust_room,
          BPF_FUNC_l3_csum_replace,     BPF_FUNC_l4_csum_replace,
          BPF_FUNC_csum_diff,           BPF_FUNC_redirect,
          BPF_FUNC_clone_redirect,      BPF_FUNC_fib_lookup,
          BPF_FUNC_sk_lookup_tcp,       BPF_FUNC_sk_release,
          BPF_FUNC_tcp_check_syncookie, BPF_FUNC_skb_cgroup_id,
          BPF_FUNC_get_socket_cookie,   BPF_FUNC_sk_storage_get,
          BPF_FUNC_perf_event_output,   BPF_FUNC_skb_get_xfrm_state})
      EXPECT_EQ(allowed(PT, Id), Allowed) << helperDisplayName(Id);
  EXPECT_EQ(allowed(ProgType::SchedCls, BPF_FUNC_xdp_adjust_head), Forbidden);
  EXPECT_EQ(allowed(ProgType::SchedCls, BPF_FUNC_redirect_map), Forbidden);
  EXPECT_EQ(allowed612(ProgType::SchedCls, BPF_FUNC_get_current_uid_gid),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::SchedCls, BPF_FUNC_get_stackid), Forbidden);
}

TEST(HelperAvailabilityTest, Tracing) {
  for (ProgType PT : {ProgType::Kprobe, ProgType::Tracepoint,
                      ProgType::PerfEvent, ProgType::RawTracepoint})
    for (unsigned Id :
         {BPF_FUNC_probe_read, BPF_FUNC_probe_read_str,
          BPF_FUNC_probe_read_user_str, BPF_FUNC_get_current_comm,
          BPF_FUNC_get_current_uid_gid, BPF_FUNC_get_current_task,
          BPF_FUNC_perf_event_output, BPF_FUNC_get_stackid, BPF_FUNC_get_stack,
          BPF_FUNC_send_signal, BPF_FUNC_get_func_ip, BPF_FUNC_task_storage_get,
          BPF_FUNC_find_vma, BPF_FUNC_get_ns_current_pid_tgid,
          BPF_FUNC_copy_from_user})
      EXPECT_EQ(allowed(PT, Id), Allowed)
          << progTypeName(PT) << " " << helperDisplayName(Id);
  EXPECT_EQ(allowed(ProgType::Kprobe, BPF_FUNC_skb_load_bytes), Forbidden);
  EXPECT_EQ(allowed(ProgType::Kprobe, BPF_FUNC_redirect), Forbidden);
  EXPECT_EQ(allowed(ProgType::Tracepoint, BPF_FUNC_get_attach_cookie), Allowed);
  EXPECT_EQ(allowed(ProgType::Tracepoint, BPF_FUNC_override_return), Forbidden);
  EXPECT_EQ(allowed(ProgType::PerfEvent, BPF_FUNC_perf_prog_read_value),
            Allowed);
  EXPECT_EQ(allowed(ProgType::Kprobe, BPF_FUNC_perf_prog_read_value),
            Forbidden);
  // skb_output is for BTF-typed tracing programs only.
  EXPECT_EQ(allowed(ProgType::Kprobe, BPF_FUNC_skb_output), Forbidden);
}

TEST(HelperAvailabilityTest, KernelProfiles) {
  HelperQuery Q{ProgType::Kprobe, AttachType::CgroupInetIngress};
  // The host kernel runs in integrity lockdown and lacks
  // CONFIG_BPF_KPROBE_OVERRIDE.
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_probe_write_user).Status, Forbidden);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_override_return).Status, Forbidden);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_probe_read_kernel).Status, Allowed);
  Q.Profile = &linux612Profile();
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_probe_write_user).Status, Allowed);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_override_return).Status, Allowed);

  KernelProfile Unprivileged = linux612Profile();
  Unprivileged.Privileged = false;
  HelperQuery U{ProgType::SocketFilter, AttachType::CgroupInetIngress, false,
                &Unprivileged};
  EXPECT_EQ(lookupHelper(U, BPF_FUNC_map_lookup_elem).Status, Allowed);
  EXPECT_EQ(lookupHelper(U, BPF_FUNC_spin_lock).Status, Forbidden);
  EXPECT_EQ(lookupHelper(U, BPF_FUNC_trace_printk).Status, Forbidden);
  EXPECT_EQ(lookupHelper(U, BPF_FUNC_skc_to_tcp_sock).Status, Forbidden);
  EXPECT_EQ(lookupHelper(U, BPF_FUNC_ktime_get_coarse_ns).Status, Allowed);
}

TEST(HelperAvailabilityTest, Variants) {
  const HelperProto *P = nullptr;
  helperAllowed(ProgType::RawTracepoint, AttachType::CgroupInetIngress,
                BPF_FUNC_get_stack, &P);
  ASSERT_NE(P, nullptr);
  EXPECT_STREQ(P->Variant, "get_stack_raw_tp");

  helperAllowed(ProgType::Kprobe, AttachType::CgroupInetIngress,
                BPF_FUNC_get_stack, &P);
  EXPECT_EQ(P, findHelper(BPF_FUNC_get_stack));

  HelperQuery Sleepable{ProgType::Kprobe, AttachType::CgroupInetIngress, true};
  EXPECT_STREQ(lookupHelper(Sleepable, BPF_FUNC_get_stack).Proto->Variant,
               "get_stack_sleepable");

  helperAllowed(ProgType::PerfEvent, AttachType::CgroupInetIngress,
                BPF_FUNC_get_stackid, &P);
  EXPECT_FALSE(P->GplOnly);
  helperAllowed(ProgType::Kprobe, AttachType::CgroupInetIngress,
                BPF_FUNC_get_stackid, &P);
  EXPECT_TRUE(P->GplOnly);

  helperAllowed(ProgType::Kprobe, AttachType::CgroupInetIngress,
                BPF_FUNC_get_func_ip, &P);
  EXPECT_TRUE(P->GplOnly);
  helperAllowed(ProgType::Kprobe, AttachType::TraceKprobeMulti,
                BPF_FUNC_get_func_ip, &P);
  EXPECT_FALSE(P->GplOnly);

  helperAllowed(ProgType::CgroupSock, AttachType::CgroupInetSockCreate,
                BPF_FUNC_sk_storage_get, &P);
  EXPECT_EQ(P->Args[1], ArgType::PtrToCtx);
  helperAllowed(ProgType::SchedCls, AttachType::CgroupInetIngress,
                BPF_FUNC_sk_storage_get, &P);
  EXPECT_EQ(P->Args[1], ArgType::PtrToBtfIdSockCommon);

  helperAllowed(ProgType::SkLookup, AttachType::SkLookup, BPF_FUNC_sk_assign,
                &P);
  EXPECT_EQ(P->Args[1], ArgType::PtrToSocketOrNull);

  helperAllowed(ProgType::CgroupSockAddr, AttachType::CgroupInet4Connect,
                BPF_FUNC_get_cgroup_classid, &P);
  EXPECT_EQ(P->numArgs(), 0u);
  helperAllowed(ProgType::SchedCls, AttachType::CgroupInetIngress,
                BPF_FUNC_get_cgroup_classid, &P);
  EXPECT_EQ(P->numArgs(), 1u);
}

TEST(HelperAvailabilityTest, SockAddrAttachTypes) {
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_bind,
                    AttachType::CgroupInet4Connect),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_bind,
                    AttachType::CgroupInet4Bind),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_setsockopt,
                    AttachType::CgroupUdp4Sendmsg),
            Allowed);
  EXPECT_EQ(allowed612(ProgType::CgroupSockAddr, BPF_FUNC_setsockopt,
                       AttachType::CgroupUnixGetpeername),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_get_current_comm,
                    AttachType::CgroupInet4Connect),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_sk_lookup_tcp,
                    AttachType::CgroupInet4Connect),
            Allowed);
}

TEST(HelperAvailabilityTest, CgroupRetval) {
  EXPECT_EQ(allowed(ProgType::CgroupSkb, BPF_FUNC_get_retval,
                    AttachType::CgroupInetIngress),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_set_retval,
                    AttachType::CgroupInet4Connect),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_set_retval,
                    AttachType::CgroupUdp4Recvmsg),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSockopt, BPF_FUNC_get_retval,
                    AttachType::CgroupGetsockopt),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSkb, BPF_FUNC_get_local_storage), Allowed);
  EXPECT_EQ(allowed(ProgType::SchedCls, BPF_FUNC_get_local_storage), Forbidden);
}

TEST(HelperAvailabilityTest, Sockopt) {
  EXPECT_EQ(allowed(ProgType::CgroupSockopt, BPF_FUNC_setsockopt,
                    AttachType::CgroupSetsockopt),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSockopt, BPF_FUNC_setsockopt,
                    AttachType::CgroupGetsockopt),
            Forbidden);
}

TEST(HelperAvailabilityTest, OtherNetworkingTypes) {
  EXPECT_EQ(allowed(ProgType::SocketFilter, BPF_FUNC_skb_load_bytes), Allowed);
  EXPECT_EQ(allowed(ProgType::SocketFilter, BPF_FUNC_skb_store_bytes),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSkb, BPF_FUNC_sk_fullsock), Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSkb, BPF_FUNC_skb_load_bytes), Allowed);
  EXPECT_EQ(allowed612(ProgType::CgroupSkb, BPF_FUNC_get_current_uid_gid),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::SockOps, BPF_FUNC_sock_map_update), Allowed);
  EXPECT_EQ(allowed(ProgType::SockOps, BPF_FUNC_get_local_storage), Allowed);
  EXPECT_EQ(allowed(ProgType::SkSkb, BPF_FUNC_sk_redirect_map), Allowed);
  EXPECT_EQ(allowed(ProgType::SkMsg, BPF_FUNC_msg_redirect_hash), Allowed);
  EXPECT_EQ(allowed(ProgType::SkMsg, BPF_FUNC_skb_load_bytes), Forbidden);
  EXPECT_EQ(allowed(ProgType::FlowDissector, BPF_FUNC_skb_load_bytes), Allowed);
  EXPECT_EQ(allowed612(ProgType::LwtSeg6local, BPF_FUNC_skb_pull_data),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::LwtOut, BPF_FUNC_skb_pull_data), Allowed);
  EXPECT_EQ(allowed(ProgType::LwtIn, BPF_FUNC_lwt_push_encap), Allowed);
  EXPECT_EQ(allowed(ProgType::LwtOut, BPF_FUNC_lwt_push_encap), Forbidden);
  // sk_reuseport falls back to the base set, not the socket one.
  EXPECT_EQ(allowed(ProgType::SkReuseport, BPF_FUNC_skc_to_tcp_sock),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::SkReuseport, BPF_FUNC_sk_select_reuseport),
            Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSock, BPF_FUNC_skc_to_tcp_sock), Forbidden);
  EXPECT_EQ(allowed(ProgType::CgroupSysctl, BPF_FUNC_sysctl_get_name), Allowed);
}

// Differences between 6.12 and the 6.18 host, measured by loading a call to
// each helper into the host kernel.
TEST(HelperAvailabilityTest, HostKernelChanges) {
  for (unsigned Id :
       {BPF_FUNC_get_current_uid_gid, BPF_FUNC_get_current_comm,
        BPF_FUNC_current_task_under_cgroup, BPF_FUNC_send_signal,
        BPF_FUNC_task_storage_get, BPF_FUNC_find_vma, BPF_FUNC_copy_from_user,
        BPF_FUNC_perf_event_read_value}) {
    EXPECT_EQ(allowed(ProgType::Xdp, Id), Allowed) << helperDisplayName(Id);
    EXPECT_EQ(allowed612(ProgType::Xdp, Id), Forbidden)
        << helperDisplayName(Id);
  }
  const HelperProto *P = nullptr;
  helperAllowed(ProgType::Xdp, AttachType::Xdp, BPF_FUNC_get_cgroup_classid,
                &P);
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(P->numArgs(), 0u);
  // tc keeps its own, context-taking prototype.
  helperAllowed(ProgType::SchedCls, AttachType::CgroupInetIngress,
                BPF_FUNC_get_cgroup_classid, &P);
  EXPECT_EQ(P->numArgs(), 1u);

  EXPECT_EQ(allowed(ProgType::SchedCls, BPF_FUNC_get_netns_cookie), Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSkb, BPF_FUNC_get_netns_cookie), Allowed);
  EXPECT_EQ(allowed(ProgType::Xdp, BPF_FUNC_get_netns_cookie), Forbidden);
  EXPECT_EQ(allowed612(ProgType::SchedCls, BPF_FUNC_get_netns_cookie),
            Forbidden);
  EXPECT_EQ(allowed(ProgType::LwtSeg6local, BPF_FUNC_skb_pull_data), Allowed);
  EXPECT_EQ(allowed(ProgType::CgroupSockAddr, BPF_FUNC_getsockopt,
                    AttachType::CgroupUnixGetsockname),
            Allowed);
}

TEST(HelperAvailabilityTest, UnmodeledAndInvalid) {
  EXPECT_EQ(allowed(ProgType::Tracing, BPF_FUNC_map_lookup_elem), Unknown);
  EXPECT_EQ(allowed(ProgType::Lsm, BPF_FUNC_map_lookup_elem), Unknown);
  EXPECT_EQ(allowed(ProgType::StructOps, BPF_FUNC_map_lookup_elem), Unknown);
  EXPECT_EQ(allowed(ProgType::Xdp, 0), Forbidden);
  EXPECT_EQ(allowed(ProgType::Xdp, 5000), Forbidden);
  // Allowed, with its prototype.
  const HelperProto *P = nullptr;
  EXPECT_EQ(
      helperAllowed(ProgType::Xdp, AttachType::Xdp, BPF_FUNC_kptr_xchg, &P),
      Allowed);
  ASSERT_NE(P, nullptr);
  EXPECT_TRUE(P->Modeled);
}

// Every Allowed answer carries the prototype, for every profile; a typo in a
// variant key would leave it null.
TEST(HelperAvailabilityTest, AllowedHelpersHaveAPrototype) {
  for (const KernelProfile *Profile : {&hostProfile(), &linux612Profile()})
    for (uint32_t T = 0; T <= 32; ++T)
      for (AttachType AT :
           {AttachType::CgroupInetIngress, AttachType::Xdp,
            AttachType::CgroupInet4Connect, AttachType::CgroupSetsockopt,
            AttachType::TraceKprobeMulti})
        for (bool Sleepable : {false, true})
          for (unsigned Id = 0; Id < BPF_FUNC_MaxId + 2; ++Id) {
            HelperQuery Q{static_cast<ProgType>(T), AT, Sleepable, Profile};
            HelperLookup L = lookupHelper(Q, Id);
            EXPECT_EQ(L.Status == Availability::Allowed, L.Proto != nullptr)
                << T << " " << Id;
            if (L.Proto) {
              EXPECT_EQ(L.Proto->Id, Id);
            }
          }
}

TEST(HelperAvailabilityTest, Messages) {
  EXPECT_EQ(helperRefusalMessage(BPF_FUNC_probe_write_user),
            "program of this type cannot use helper bpf_probe_write_user#36");
  EXPECT_EQ(helperRefusalMessage(300), "invalid func unknown#300");
}

} // namespace
